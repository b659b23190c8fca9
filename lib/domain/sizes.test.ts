import { describe, expect, it } from 'vitest';
import { gbLabel, gigabytes } from './sizes';

describe('gbLabel', () => {
  it('shows whole gigabytes, grouped by thousands', () => {
    expect(gbLabel(0)).toBe('0 GB');
    expect(gbLabel(1.6 * 1024 ** 3)).toBe('2 GB');
    expect(gbLabel(2048 * 1024 ** 3)).toBe('2,048 GB');
  });
});

describe('gigabytes', () => {
  it('groups a size already in gigabytes by thousands', () => {
    expect(gigabytes(0)).toBe('0 GB');
    expect(gigabytes(512)).toBe('512 GB');
    expect(gigabytes(20480)).toBe('20,480 GB');
  });
});
