import { describe, expect, it } from 'vitest';
import { compareVersions, kernelLabel, osLabel } from './os-version';

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

describe('osLabel and kernelLabel', () => {
  it('show the OS as the portal does, and its kernel apart', () => {
    const ubuntu = { osType: 'Linux', osDistribution: 'Ubuntu', osVersion: '18.04', kernelVersion: '4.15.0' } as const;
    const windows = { osType: 'Windows', osDistribution: 'Windows Server', osVersion: '2012 R2', kernelVersion: '6.3.9600' } as const;
    expect([osLabel(ubuntu), kernelLabel(ubuntu)]).toEqual(['Ubuntu 18.04', 'kernel 4.15.0']);
    expect([osLabel(windows), kernelLabel(windows)]).toEqual(['Windows Server 2012 R2', 'NT 6.3.9600']);
  });
});
