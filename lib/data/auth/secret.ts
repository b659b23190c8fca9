import 'server-only';
import { randomBytes } from 'node:crypto';
import type { DbOrTx } from '../reprotect-facts';

const SESSION_SECRET_KEY = 'auth.session-secret';

/**
 * The secret that signs session cookies, made once per database: every portal on a
 * shared PostgreSQL server signs and checks cookies with the same one, and no
 * fixed default exists anywhere.
 */
export async function sessionSecret(db: DbOrTx): Promise<string> {
  await db.portalSetting.createMany({
    data: [{ key: SESSION_SECRET_KEY, value: randomBytes(32).toString('base64url') }],
    skipDuplicates: true,
  });
  const row = await db.portalSetting.findUniqueOrThrow({ where: { key: SESSION_SECRET_KEY } });
  return row.value;
}
