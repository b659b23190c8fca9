import type { Db } from '../lib/data/db';
import { labSnapshot } from '../lib/data/lab-test-snapshot';

/**
 * What any request can change, in a stable order: a vault's lab state, its jobs,
 * every role assignment, user, access token and activity entry. A refused request
 * leaves it byte for byte the same. (A token's last-use time is bookkeeping of the
 * sign-in, not a change the request made, and is left out.)
 */
export async function databaseSnapshot(db: Db, vaultId: string): Promise<string> {
  const [lab, jobs, roles, users, tokens, activity] = await Promise.all([
    labSnapshot(db, vaultId),
    db.job.findMany({ where: { vaultId }, select: { id: true, state: true, cancelRequested: true, attempts: true, progress: true }, orderBy: { id: 'asc' } }),
    db.roleAssignment.findMany({ orderBy: { id: 'asc' } }),
    db.user.findMany({ select: { id: true, email: true, updatedAt: true }, orderBy: { id: 'asc' } }),
    db.apiToken.findMany({ select: { id: true, name: true, revokedAt: true, expiresAt: true }, orderBy: { id: 'asc' } }),
    db.activityLogEntry.count(),
  ]);
  return JSON.stringify({ lab, jobs, roles, users, tokens, activity });
}
