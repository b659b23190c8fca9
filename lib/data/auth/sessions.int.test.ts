import { describe, expect, it } from 'vitest';
import { createTestCaller } from '../../../test/access';
import { setUpRouteDatabase } from '../../../test/route-database';
import { getAuth } from './better-auth';
import { seedDemoVaultCopy } from '../seed/demo-vault';
import { checkApiToken } from './api-tokens';
import { findSessionUser } from './sessions';

const database = setUpRouteDatabase();

/** Signs in through the library, as the sign-in page does, and returns the session cookie's value. */
async function signIn(email: string, password: string): Promise<string> {
  const auth = await getAuth();
  const { headers } = await auth.api.signInEmail({ body: { email, password }, headers: new Headers({ host: '127.0.0.1:3000' }), returnHeaders: true });
  const setCookie = headers.getSetCookie().find((cookie) => cookie.includes('session_token='))!;
  return decodeURIComponent(setCookie.split(';')[0]!.split('=').slice(1).join('='));
}

describe('the session behind a request', () => {
  it('is the signed-in user for the cookie the library set, and nobody for a forged, tampered or expired one', async () => {
    const { db } = database.current();
    const caller = await createTestCaller(db);
    const cookie = await signIn(caller.email, caller.password);

    expect(await findSessionUser(cookie)).toMatchObject({ id: caller.userId, email: caller.email });

    const [token, signature] = [cookie.slice(0, cookie.lastIndexOf('.')), cookie.slice(cookie.lastIndexOf('.') + 1)];
    expect(await findSessionUser(`${token}.${signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`)).toBeNull();
    expect(await findSessionUser(`${token}x.${signature}`)).toBeNull();
    expect(await findSessionUser(token)).toBeNull();
    expect(await findSessionUser('forged.signature')).toBeNull();

    const session = await db.session.findUniqueOrThrow({ where: { token } });
    expect(await findSessionUser(cookie, new Date(session.expiresAt.getTime() + 1))).toBeNull();
    await db.session.delete({ where: { token } });
    expect(await findSessionUser(cookie)).toBeNull();
  });

  it('reads the role on a named vault in the same round trip, for a session and for a token alike', async () => {
    const { db } = database.current();
    const granted = await seedDemoVaultCopy(db, 'granted-vault');
    await seedDemoVaultCopy(db, 'other-vault');
    const caller = await createTestCaller(db, { vaultId: granted, role: 'Operator' });
    const cookie = await signIn(caller.email, caller.password);
    const expected = { role: 'Operator', vault: { id: granted, name: 'granted-vault', resourceGroup: expect.any(String), expressRoutePeering: expect.any(String) } };

    expect(await findSessionUser(cookie, new Date(), 'granted-vault')).toMatchObject({ id: caller.userId, access: expected });
    expect(await checkApiToken(caller.token, { db, vaultName: 'granted-vault' })).toMatchObject({ ok: true, user: { id: caller.userId }, access: expected });
    for (const vaultName of ['other-vault', 'no-such-vault']) {
      expect(await findSessionUser(cookie, new Date(), vaultName)).toMatchObject({ id: caller.userId, access: null });
      expect(await checkApiToken(caller.token, { db, vaultName })).toMatchObject({ ok: true, access: null });
    }
    expect(await findSessionUser('forged.signature', new Date(), 'granted-vault')).toBeNull();
  });
});
