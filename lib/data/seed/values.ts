import { createHash } from 'node:crypto';
import type { OsFacts } from '../../domain/reprotect/facts';
import type { Prisma } from '../generated/prisma/client';

/** What seeding code writes through: the client itself or an interactive transaction. */
export type SeedDb = Prisma.TransactionClient;

const GIB = 1024n ** 3n;

export function gib(n: number): bigint {
  return BigInt(n) * GIB;
}

export function minutesAgo(now: Date, minutes: number): Date {
  return new Date(now.getTime() - minutes * 60_000);
}

/**
 * A name-based (version 5 layout) UUID, so that reseeding an empty database gives
 * every demo row the same id and bookmarked portal URLs keep working.
 */
export function stableId(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('/')).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A machine's OS as the database holds it: distribution and version as shown, the kernel apart. */
export type OsProfile = Pick<OsFacts, 'osType' | 'osDistribution' | 'osVersion' | 'kernelVersion'>;

// Each release with the kernel it ships (its NT version on Windows).
export const OS = {
  ws2008r2: { osType: 'Windows', osDistribution: 'Windows Server', osVersion: '2008 R2', kernelVersion: '6.1.7601' },
  ws2012r2: { osType: 'Windows', osDistribution: 'Windows Server', osVersion: '2012 R2', kernelVersion: '6.3.9600' },
  ws2016: { osType: 'Windows', osDistribution: 'Windows Server', osVersion: '2016', kernelVersion: '10.0.14393' },
  ws2019: { osType: 'Windows', osDistribution: 'Windows Server', osVersion: '2019', kernelVersion: '10.0.17763' },
  ubuntu1604: { osType: 'Linux', osDistribution: 'Ubuntu', osVersion: '16.04', kernelVersion: '4.4.0' },
  ubuntu1804: { osType: 'Linux', osDistribution: 'Ubuntu', osVersion: '18.04', kernelVersion: '4.15.0' },
  ubuntu2004: { osType: 'Linux', osDistribution: 'Ubuntu', osVersion: '20.04', kernelVersion: '5.4.0' },
  rhel79: { osType: 'Linux', osDistribution: 'Red Hat Enterprise Linux', osVersion: '7.9', kernelVersion: '3.10.0' },
  centos7: { osType: 'Linux', osDistribution: 'CentOS', osVersion: '7.9', kernelVersion: '3.10.0' },
} as const satisfies Record<string, OsProfile>;

export const AGENT_VERSION = '9.58.7096.1';

/** Failback policy values are fixed by the service (15 min RPO, 24 h retention, hourly app-consistent). */
export { FAILBACK_POLICY_VALUES } from '../../domain/reprotect/constants';
