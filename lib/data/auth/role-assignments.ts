import 'server-only';
import { ROLE_DISPLAY_NAMES, type VaultRole } from '../../domain/access/roles';
import { failure, invalidInput, type ActionResult } from '../../schemas/action-result';
import { assignmentIdSchema, roleAssignmentInputSchema, type RoleAssignmentRow } from '../../schemas/access';
import type { VaultSummary } from '../../schemas/vault';
import { appendActivity, newCorrelationId, recordActivity } from '../activity-log';
import { getDb, type Db } from '../db';
import { Prisma } from '../generated/prisma/client';
import type { DbOrTx } from '../reprotect-facts';

// Who holds which role on a vault (the vault's Access control blade). A vault always
// keeps at least one Owner, so that someone can still grant roles.

export interface VaultAccess {
  vault: VaultSummary;
  role: VaultRole;
}

/** The columns of a vault and the caller's role on it, joined by `vaultAccessJoin` as `v` and `r`. */
export const vaultAccessColumns = Prisma.sql`v."id" AS "vaultId", v."name" AS "vaultName", v."subscriptionId", v."resourceGroup", v."location",
  v."s2sVpn", v."expressRoute", v."expressRoutePeering"::text AS "expressRoutePeering", r."role"::text AS "role"`;

/** Joins the role of the user `userColumn` on the vault named `vaultName` (r), and that vault (v); both null when they hold none. */
export function vaultAccessJoin(userColumn: Prisma.Sql, vaultName: string): Prisma.Sql {
  return Prisma.sql`LEFT JOIN "RoleAssignment" r ON r."userId" = ${userColumn} AND r."vaultId" = (SELECT "id" FROM "Vault" WHERE "name" = ${vaultName})
  LEFT JOIN "Vault" v ON v."id" = r."vaultId"`;
}

export type VaultAccessRow = Omit<VaultAccess['vault'], 'id' | 'name'> & { vaultId: string | null; vaultName: string; role: VaultRole | null };

export function toVaultAccess(row: VaultAccessRow): VaultAccess | null {
  const { vaultId, vaultName, role, subscriptionId, resourceGroup, location, s2sVpn, expressRoute, expressRoutePeering } = row;
  if (!vaultId || !role) return null;
  return { vault: { id: vaultId, name: vaultName, subscriptionId, resourceGroup, location, s2sVpn, expressRoute, expressRoutePeering }, role };
}

/** The vault of that name with the caller's role on it; null when it does not exist or the caller has no role there. */
export async function getVaultAccess(userId: string, vaultName: string, db: DbOrTx = getDb()): Promise<VaultAccess | null> {
  // One round trip: this runs in front of every request to a vault.
  const [row] = await db.$queryRaw<VaultAccessRow[]>`SELECT ${vaultAccessColumns} FROM (SELECT ${userId}::text AS "id") u ${vaultAccessJoin(Prisma.sql`u."id"`, vaultName)}`;
  return row ? toVaultAccess(row) : null;
}

/** The vaults a user holds a role on, oldest first (the portal opens on the first). */
export async function listAccessibleVaults(userId: string, db: DbOrTx = getDb()): Promise<{ name: string; role: VaultRole }[]> {
  const assignments = await db.roleAssignment.findMany({
    where: { userId },
    select: { role: true, vault: { select: { name: true } } },
    orderBy: [{ vault: { createdAt: 'asc' } }, { vault: { name: 'asc' } }],
  });
  return assignments.map((assignment) => ({ name: assignment.vault.name, role: assignment.role }));
}

export async function listRoleAssignments(vaultId: string, db: DbOrTx = getDb()): Promise<RoleAssignmentRow[]> {
  const rows = await db.roleAssignment.findMany({
    where: { vaultId },
    select: { id: true, role: true, createdAt: true, createdByName: true, user: { select: { id: true, email: true, name: true } } },
    orderBy: [{ user: { email: 'asc' } }],
  });
  return rows.map((row) => ({
    id: row.id,
    userId: row.user.id,
    email: row.user.email,
    userName: row.user.name,
    role: row.role,
    since: row.createdAt.toISOString(),
    grantedBy: row.createdByName,
  }));
}

/** Locks the vault's Owner assignments, so that two removals cannot each leave the other as the last Owner. */
export async function lockOwners(tx: Prisma.TransactionClient, vaultId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "RoleAssignment" WHERE "vaultId" = ${vaultId} AND "role" = 'Owner' ORDER BY id FOR UPDATE`;
}

export async function ownersLeftWithout(tx: Prisma.TransactionClient, vaultId: string, userId: string): Promise<number> {
  return tx.roleAssignment.count({ where: { vaultId, role: 'Owner', userId: { not: userId } } });
}

const lastOwnerMessage = (email: string, vaultName: string) =>
  `${email} is the last ${ROLE_DISPLAY_NAMES.Owner} of ${vaultName}. Make someone else Owner first: a vault always keeps one.`;

/** Grants a role on the vault, or changes the role the user holds there. */
export async function assignRole(vault: { id: string; name: string }, raw: unknown, grantedBy: string | null, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = roleAssignmentInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { email, role } = parsed.data;
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, email: true } });
    if (!user) return failure('not-found', `No user has the email ${email}. Add the account first (npm run user -- add).`, { email: 'No user has this email.' });
    await lockOwners(tx, vault.id);
    const existing = await tx.roleAssignment.findUnique({ where: { vaultId_userId: { vaultId: vault.id, userId: user.id } } });
    if (existing?.role === 'Owner' && role !== 'Owner' && (await ownersLeftWithout(tx, vault.id, user.id)) === 0) {
      return failure('refused', lastOwnerMessage(user.email, vault.name), { role: lastOwnerMessage(user.email, vault.name) });
    }
    const assignment = existing
      ? await tx.roleAssignment.update({ where: { id: existing.id }, data: { role, createdByName: grantedBy, createdAt: new Date() }, select: { id: true } })
      : await tx.roleAssignment.create({ data: { vaultId: vault.id, userId: user.id, role, createdByName: grantedBy }, select: { id: true } });
    await recordActivity(tx, {
      result: 'Succeeded',
      target: { type: 'roleAssignment', id: assignment.id, name: `${user.email}: ${ROLE_DISPLAY_NAMES[role]}` },
    });
    return { ok: true as const, data: assignment };
  });
}

/** Removes a role assignment of the vault; never its last Owner. */
export async function removeRoleAssignment(vault: { id: string; name: string }, rawId: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = assignmentIdSchema.safeParse(rawId);
  if (!parsed.success) return failure('invalid', 'This is not a role assignment id.');
  return db.$transaction(async (tx) => {
    await lockOwners(tx, vault.id);
    const assignment = await tx.roleAssignment.findFirst({
      where: { id: parsed.data, vaultId: vault.id },
      select: { id: true, role: true, userId: true, user: { select: { email: true } } },
    });
    if (!assignment) return failure('not-found', 'That role assignment does not exist on this vault.');
    if (assignment.role === 'Owner' && (await ownersLeftWithout(tx, vault.id, assignment.userId)) === 0) {
      return failure('refused', lastOwnerMessage(assignment.user.email, vault.name));
    }
    await tx.roleAssignment.delete({ where: { id: assignment.id } });
    await recordActivity(tx, {
      result: 'Succeeded',
      target: { type: 'roleAssignment', id: assignment.id, name: `${assignment.user.email}: ${ROLE_DISPLAY_NAMES[assignment.role]}` },
    });
    return { ok: true as const, data: { id: assignment.id } };
  });
}

/**
 * Gives a new vault the role assignments of another (a rehearsal copy of the demo vault gets
 * the demo vault's team), each recorded in the new vault's activity log. Returns how many.
 */
export async function copyRoleAssignments(fromVaultName: string, toVault: { id: string; name: string }, actorName: string, db: Db = getDb()): Promise<number> {
  const from = await db.vault.findUnique({ where: { name: fromVaultName }, select: { roleAssignments: { select: { userId: true, role: true, user: { select: { email: true } } } } } });
  const assignments = from?.roleAssignments ?? [];
  await db.$transaction(async (tx) => {
    await tx.roleAssignment.createMany({ data: assignments.map(({ userId, role }) => ({ vaultId: toVault.id, userId, role, createdByName: actorName })), skipDuplicates: true });
    const correlationId = newCorrelationId();
    for (const { userId, role, user } of assignments) {
      await appendActivity(tx, { actor: { userId: null, name: actorName }, vault: toVault, operation: 'access.assignRole', correlationId }, {
        result: 'Succeeded',
        target: { type: 'roleAssignment', id: userId, name: `${user.email}: ${ROLE_DISPLAY_NAMES[role]}` },
      });
    }
  });
  return assignments.length;
}
