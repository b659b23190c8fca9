import { groupDigits } from './display-format';

const GIB = 1024 ** 3;

/** A size as the portal shows it: whole gigabytes, grouped by thousands ("1,024 GB"). */
export function gbLabel(bytes: number): string {
  return `${groupDigits(bytes / GIB)} GB`;
}
