import type { OsFacts } from './facts';

/**
 * Compares dotted versions ("10.0.14393", "4.15.0", "16.04") part by part as numbers.
 * Returns a negative number when a < b, 0 when equal, positive when a > b.
 */
export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const right = b.split('.').map((part) => Number.parseInt(part, 10) || 0);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The OS as the portal shows it: "Ubuntu 18.04", "Windows Server 2012 R2". */
export function osLabel(os: Pick<OsFacts, 'osDistribution' | 'osVersion'>): string {
  return [os.osDistribution, os.osVersion].filter(Boolean).join(' ');
}

/** The kernel in words: "kernel 4.15.0" on Linux, "NT 6.3.9600" on Windows. */
export function kernelLabel(os: Pick<OsFacts, 'osType' | 'kernelVersion'>): string {
  return `${os.osType === 'Windows' ? 'NT' : 'kernel'} ${os.kernelVersion}`;
}

/** What two operating systems of one family are compared by. */
export type OsComparisonBasis = 'release' | 'kernel';

/**
 * How a master target's OS compares with a VM's, both of one family (Windows or Linux).
 * Windows releases are ordered by their NT version: their names ("2012 R2") do not order.
 * Two Linux machines of one distribution compare by its release ("16.04" < "18.04"), whatever
 * kernel each runs; across distributions releases mean nothing to each other, and what the
 * master target needs is a kernel at least as new as the VM's, to read its disks.
 */
export function compareOperatingSystems(mt: OsFacts, vm: OsFacts): { basis: OsComparisonBasis; difference: number } {
  const sameDistribution = mt.osDistribution.trim().toLowerCase() === vm.osDistribution.trim().toLowerCase();
  if (mt.osType === 'Linux' && sameDistribution) return { basis: 'release', difference: compareVersions(mt.osVersion, vm.osVersion) };
  return { basis: 'kernel', difference: compareVersions(mt.kernelVersion, vm.kernelVersion) };
}
