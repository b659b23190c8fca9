import { groupDigits } from './display-format';

/**
 * A count with its noun, as the portal writes it everywhere: "1 disk", "2 disks", "0 disks",
 * "1,024 machines". Irregular plurals are given: pluralize(3, 'policy', 'policies').
 */
export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${groupDigits(count)} ${count === 1 ? one : many}`;
}
