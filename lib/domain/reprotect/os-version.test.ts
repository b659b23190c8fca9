import { describe, expect, it } from 'vitest';
import { compareVersions } from './os-version';

describe('compareVersions', () => {
  it.each([
    { a: '10.0.14393', b: '10.0.14393', sign: 0, why: 'equal versions' },
    { a: '10.0', b: '10.0.0', sign: 0, why: 'missing parts count as 0' },
    { a: '16.04', b: '16.4', sign: 0, why: 'leading zeros are ignored' },
    { a: '10.0.17763', b: '10.0.14393', sign: 1, why: 'a later build is greater' },
    { a: '6.3.9600', b: '10.0.14393', sign: -1, why: 'parts compare as numbers, not text (6 < 10)' },
    { a: '10.0.9', b: '10.0.10', sign: -1, why: 'numeric, not lexical, within a part' },
    { a: '18.04', b: '16.04', sign: 1, why: 'a later major version is greater' },
    { a: '7.9', b: '7.10', sign: -1, why: '7.9 is before 7.10' },
    { a: '8', b: '7.9', sign: 1, why: 'fewer parts can still be greater' },
    { a: '10.0.1', b: '10.0', sign: 1, why: 'an extra non-zero part is greater' },
    { a: 'x.1', b: '0.1', sign: 0, why: 'a non-numeric part counts as 0' },
  ])('$a vs $b: $why', ({ a, b, sign }) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
    expect(Math.sign(compareVersions(b, a))).toBe(sign === 0 ? 0 : -sign);
  });
});
