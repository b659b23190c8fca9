import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { failure, invalidInput, type ActionResult } from '../../schemas/action-result';
import { apiTokenIdSchema, apiTokenInputSchema, type ApiTokenRow, type CreatedApiToken } from '../../schemas/access';
import { recordActivity } from '../activity-log';
import { getDb, type Db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { toVaultAccess, vaultAccessColumns, vaultAccessJoin, type VaultAccess, type VaultAccessRow } from './role-assignments';

// Personal access tokens for automation. A token is 32 random bytes shown once, when
// it is made; the database keeps only its SHA-256, which is enough for a value with
// that much entropy (no salt or slow hash needed, unlike a password).

const TOKEN_PREFIX = 'vpat_';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Last use is written at most this often per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export async function createApiToken(userId: string, raw: unknown, db: Db = getDb(), now = new Date()): Promise<ActionResult<CreatedApiToken>> {
  const parsed = apiTokenInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const token = TOKEN_PREFIX + randomBytes(32).toString('base64url');
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.apiToken.create({
        data: {
          userId,
          name: parsed.data.name,
          tokenHash: hashToken(token),
          prefix: token.slice(0, TOKEN_PREFIX.length + 6),
          expiresAt: new Date(now.getTime() + parsed.data.expiresInDays * DAY_MS),
        },
      });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'apiToken', id: created.id, name: created.name } });
      return created;
    });
    return { ok: true, data: { ...toRow(row, now), token } };
  } catch (error) {
    if ((error as { code?: unknown }).code === 'P2002') {
      const message = `You already have a token named ${parsed.data.name}.`;
      return failure('conflict', message, { name: message });
    }
    throw error;
  }
}

export async function listApiTokens(userId: string, db: Db = getDb(), now = new Date()): Promise<ApiTokenRow[]> {
  const rows = await db.apiToken.findMany({ where: { userId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
  return rows.map((row) => toRow(row, now));
}

export async function revokeApiToken(userId: string, rawId: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = apiTokenIdSchema.safeParse(rawId);
  if (!parsed.success) return failure('invalid', 'This is not a token id.');
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: parsed.data, userId }, select: { id: true, name: true, revokedAt: true } });
    if (!token) return failure('not-found', 'You have no such token.');
    if (token.revokedAt) return failure('conflict', `The token ${token.name} is already revoked.`);
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() } });
    await recordActivity(tx, { result: 'Succeeded', target: { type: 'apiToken', id: token.id, name: token.name } });
    return { ok: true as const, data: { id: token.id } };
  });
}

export type TokenCheck =
  | { ok: true; user: { id: string; name: string; email: string }; tokenName: string; access?: VaultAccess | null }
  | { ok: false; problem: 'unknown' | 'expired' | 'revoked' };

/** Who a bearer token acts for, or why it does not. */
export async function checkApiToken(token: string, { db = getDb(), now = new Date(), vaultName }: { db?: Db; now?: Date; vaultName?: string } = {}): Promise<TokenCheck> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return { ok: false, problem: 'unknown' };
  // One round trip for the token, its user and (when a vault is named) their role on it: this runs in front of every API request.
  const access = vaultName === undefined ? Prisma.empty : vaultAccessJoin(Prisma.sql`u."id"`, vaultName);
  const columns = vaultName === undefined ? Prisma.empty : Prisma.sql`, ${vaultAccessColumns}`;
  const [row] = await db.$queryRaw<Array<TokenRow & Partial<VaultAccessRow>>>`
    SELECT t."id", t."name", t."expiresAt", t."revokedAt", t."lastUsedAt", u."id" AS "userId", u."name" AS "userName", u."email" ${columns}
    FROM "ApiToken" t JOIN "User" u ON u."id" = t."userId" ${access}
    WHERE t."tokenHash" = ${hashToken(token)}`;
  if (!row) return { ok: false, problem: 'unknown' };
  if (row.revokedAt) return { ok: false, problem: 'revoked' };
  if (row.expiresAt <= now) return { ok: false, problem: 'expired' };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const user = { id: row.userId, name: row.userName, email: row.email };
  return { ok: true, user, tokenName: row.name, ...(vaultName === undefined ? {} : { access: toVaultAccess(row as TokenRow & VaultAccessRow) }) };
}

type TokenRow = { id: string; name: string; expiresAt: Date; revokedAt: Date | null; lastUsedAt: Date | null; userId: string; userName: string; email: string };

type TokenRecord = { id: string; name: string; prefix: string; createdAt: Date; expiresAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

function toRow(row: TokenRecord, now: Date): ApiTokenRow {
  return {
    status: row.revokedAt ? 'Revoked' : row.expiresAt <= now ? 'Expired' : 'Active',
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
