import 'server-only';
import { ROLE_DISPLAY_NAMES, type VaultRole } from '../../domain/access/roles';
import { failure, type ActionResult } from '../../schemas/action-result';
import { newUserSchema, passwordSchema } from '../../schemas/access';
import { getDb, type Db } from '../db';
import type { Prisma } from '../generated/prisma/client';
import { lockOwners, ownersLeftWithout } from './role-assignments';
import { hashPassword } from './passwords';

// Accounts are made here (the user command, the first start), never by sign-up.
// The credential row is the one the authentication library reads at sign-in.

const CREDENTIAL_PROVIDER = 'credential';

export interface UserSummary {
  id: string;
  email: string;
  name: string;
  createdAt: Date;
  roles: { vaultName: string; role: VaultRole }[];
}

export async function createUser(raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string; email: string }>> {
  const parsed = newUserSchema.safeParse(raw);
  if (!parsed.success) return failure('invalid', parsed.error.issues[0]?.message ?? 'Some values are not valid.');
  const { email, name, password } = parsed.data;
  const hash = await hashPassword(password);
  try {
    return { ok: true, data: await db.$transaction((tx) => insertUser(tx, { email, name }, hash)) };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2002') return failure('conflict', `A user with the email ${email} already exists.`);
    throw error;
  }
}

/** A user and the credential the authentication library reads at sign-in, inside the caller's transaction. */
export async function insertUser(tx: Prisma.TransactionClient, { email, name }: { email: string; name: string }, passwordHash: string): Promise<{ id: string; email: string }> {
  const created = await tx.user.create({ data: { email, name, emailVerified: true }, select: { id: true, email: true } });
  await tx.account.create({ data: { userId: created.id, accountId: created.id, providerId: CREDENTIAL_PROVIDER, password: passwordHash } });
  return created;
}

/** Sets a new password and signs the user out everywhere. */
export async function setPassword(email: string, password: string, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = passwordSchema.safeParse(password);
  if (!parsed.success) return failure('invalid', parsed.error.issues[0]?.message ?? 'The password is not valid.');
  const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  if (!user) return failure('not-found', `No user has the email ${email}.`);
  const hash = await hashPassword(parsed.data);
  await db.$transaction([
    db.account.updateMany({ where: { userId: user.id, providerId: CREDENTIAL_PROVIDER }, data: { password: hash } }),
    db.session.deleteMany({ where: { userId: user.id } }),
  ]);
  return { ok: true, data: user };
}

export async function listUsers(db: Db = getDb()): Promise<UserSummary[]> {
  const users = await db.user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, createdAt: true, roleAssignments: { select: { role: true, vault: { select: { name: true } } } } },
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    createdAt: user.createdAt,
    roles: user.roleAssignments.map((assignment) => ({ vaultName: assignment.vault.name, role: assignment.role })),
  }));
}

/** Removes an account, unless it is the last Owner of a vault (someone must be able to grant roles). */
export async function removeUser(email: string, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: email.toLowerCase() },
      select: { id: true, roleAssignments: { where: { role: 'Owner' }, select: { vaultId: true, vault: { select: { name: true } } } } },
    });
    if (!user) return failure('not-found', `No user has the email ${email}.`);
    for (const owned of user.roleAssignments) {
      await lockOwners(tx, owned.vaultId);
      if ((await ownersLeftWithout(tx, owned.vaultId, user.id)) === 0) {
        return failure('refused', `${email} is the last ${ROLE_DISPLAY_NAMES.Owner} of ${owned.vault.name}; make someone else Owner first.`);
      }
    }
    await tx.user.delete({ where: { id: user.id } });
    return { ok: true, data: { id: user.id } };
  });
}
