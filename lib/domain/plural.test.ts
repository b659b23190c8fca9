import { describe, expect, it } from 'vitest';
import { pluralize } from './plural';

describe('pluralize', () => {
  it.each([
    [0, 'disk', undefined, '0 disks'],
    [1, 'disk', undefined, '1 disk'],
    [2, 'disk', undefined, '2 disks'],
    [1, 'policy', 'policies', '1 policy'],
    [3, 'policy', 'policies', '3 policies'],
    [1024, 'machine', undefined, '1,024 machines'],
  ])('%i %s → %s', (count, one, many, text) => {
    expect(pluralize(count, one, many)).toBe(text);
  });
});
