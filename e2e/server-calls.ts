import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import type { Db } from '../lib/data/db';
import { labSnapshot } from '../lib/data/lab-test-snapshot';

// What the HTTP tests of hostile requests need beside the portal under test: its server
// actions as the build lists them, a vault's state to prove a refusal wrote nothing, and
// a free port for a portal of their own.

export interface BuiltAction {
  id: string;
  /** e.g. "lab.setSiteConnectivityAction" */
  name: string;
  /** A page that hosts the action, its dynamic segments still to fill: "/lab/[vaultName]". */
  page: string;
}

/** Every server action of the production build, from the manifest Next.js writes. */
export function builtActions(): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join('.next', 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const worker = Object.keys(entry.workers)[0] ?? 'app/page';
    const page = `/${worker.replace(/^app\//, '').replace(/\/?page$/, '')}`
      .split('/')
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .join('/');
    const file = path.basename(entry.filename ?? 'unknown', '.ts');
    return { id, name: `${file}.${entry.exportedName ?? id.slice(0, 8)}`, page: page || '/' };
  });
}

/** What the portal's runner changes by itself: heartbeats, agents registering when their time comes, recovery points. */
const CHANGED_BY_THE_PORTAL = new Set(['lastHeartbeat', 'agentRegistered', 'agentRegistersAt', 'recoveryPoints']);

/**
 * What requests to one vault can change, less what the portal changes by itself meanwhile
 * (its agents' heartbeats and registrations, the recovery points its replications take):
 * the lab state, the vault's jobs and role assignments, and its activity entries other
 * than the Failed ones refusals record.
 */
export async function vaultState(db: Db, vaultId: string): Promise<string> {
  const [lab, jobs, roles, activity] = await Promise.all([
    labSnapshot(db, vaultId),
    db.job.findMany({ where: { vaultId }, select: { id: true, state: true, cancelRequested: true }, orderBy: { id: 'asc' } }),
    db.roleAssignment.findMany({ where: { vaultId }, orderBy: { id: 'asc' } }),
    db.activityLogEntry.count({ where: { vaultId, result: { not: 'Failed' } } }),
  ]);
  const steadyLab = JSON.stringify(JSON.parse(lab), (key, value: unknown) => (CHANGED_BY_THE_PORTAL.has(key) ? undefined : value));
  return JSON.stringify({ lab: steadyLab, jobs, roles, activity });
}

/** A port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
