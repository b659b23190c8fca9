import { groupDigits } from './display-format';

const GIB = 1024 ** 3;

/** A size given in gigabytes as the portal shows it: whole, grouped by thousands ("1,024 GB"). */
export function gigabytes(gb: number): string {
  return `${groupDigits(gb)} GB`;
}

/** A size given in bytes, shown as gigabytes. */
export function gbLabel(bytes: number): string {
  return gigabytes(bytes / GIB);
}
