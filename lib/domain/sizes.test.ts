import { describe, expect, it } from 'vitest';
import { gbLabel } from './sizes';

describe('gbLabel', () => {
  it('shows whole gigabytes, grouped by thousands', () => {
    expect(gbLabel(0)).toBe('0 GB');
    expect(gbLabel(1.6 * 1024 ** 3)).toBe('2 GB');
    expect(gbLabel(2048 * 1024 ** 3)).toBe('2,048 GB');
  });
});
