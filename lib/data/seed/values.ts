import { createHash } from 'node:crypto';
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

export interface OsProfile {
  osType: 'Windows' | 'Linux';
  osName: string;
  osVersion: string;
}

// NT build numbers on Windows and kernel versions on Linux, as the portal compares them.
export const OS = {
  ws2008r2: { osType: 'Windows', osName: 'Windows Server 2008 R2', osVersion: '6.1.7601' },
  ws2012r2: { osType: 'Windows', osName: 'Windows Server 2012 R2', osVersion: '6.3.9600' },
  ws2016: { osType: 'Windows', osName: 'Windows Server 2016', osVersion: '10.0.14393' },
  ws2019: { osType: 'Windows', osName: 'Windows Server 2019', osVersion: '10.0.17763' },
  ubuntu1604: { osType: 'Linux', osName: 'Ubuntu 16.04 LTS', osVersion: '4.4.0' },
  ubuntu1604hwe: { osType: 'Linux', osName: 'Ubuntu 16.04 LTS', osVersion: '4.15.0' },
  ubuntu1804: { osType: 'Linux', osName: 'Ubuntu 18.04 LTS', osVersion: '4.15.0' },
  ubuntu2004: { osType: 'Linux', osName: 'Ubuntu 20.04 LTS', osVersion: '5.4.0' },
  rhel79: { osType: 'Linux', osName: 'Red Hat Enterprise Linux 7.9', osVersion: '3.10.0' },
  centos7: { osType: 'Linux', osName: 'CentOS 7.9', osVersion: '3.10.0' },
} as const satisfies Record<string, OsProfile>;

export const AGENT_VERSION = '9.58.7096.1';

/** Failback policy values are fixed by the service (15 min RPO, 24 h retention, hourly app-consistent). */
export { FAILBACK_POLICY_VALUES } from '../../domain/reprotect/constants';
