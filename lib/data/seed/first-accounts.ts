import 'server-only';
import { ROLE_DISPLAY_NAMES, VAULT_ROLES, type VaultRole } from '../../domain/access/roles';
import { appendActivity, newCorrelationId } from '../activity-log';
import { PORTAL_ACTOR } from '../activity-context';
import { generatePassword, hashPassword } from '../auth/passwords';
import { insertUser } from '../auth/users';
import { isUniqueViolation } from '../refusals';
import type { Db } from '../db';

// The first start of a portal with no accounts makes one per role, each with a
// generated password that is printed once and stored only as a hash. They hold their
// role on every vault there is, so the team can sign in and share the work.

const FIRST_ACCOUNTS: Record<VaultRole, { email: string; name: string }> = {
  Owner: { email: 'owner@contoso.com', name: 'Vault owner' },
  Contributor: { email: 'contributor@contoso.com', name: 'Site Recovery contributor' },
  Operator: { email: 'operator@contoso.com', name: 'Site Recovery operator' },
  Reader: { email: 'reader@contoso.com', name: 'Site Recovery reader' },
};

export interface FirstAccount {
  role: VaultRole;
  email: string;
  password: string;
}

/**
 * Makes the first accounts when the database has none; an empty list otherwise. All of them
 * or none: a start stopped half-way leaves no account whose password nobody saw.
 */
export async function seedFirstAccounts(db: Db): Promise<FirstAccount[]> {
  if ((await db.user.count()) > 0) return [];
  const roles = [...VAULT_ROLES].reverse();
  const passwords = roles.map(() => generatePassword());
  const hashes = await Promise.all(passwords.map((password) => hashPassword(password)));
  try {
    return await db.$transaction(async (tx) => {
      const vaults = await tx.vault.findMany({ select: { id: true, name: true } });
      const made: FirstAccount[] = [];
      for (const [index, role] of roles.entries()) {
        const { email, name } = FIRST_ACCOUNTS[role];
        const user = await insertUser(tx, { email, name }, hashes[index]!);
        await tx.roleAssignment.createMany({ data: vaults.map((vault) => ({ vaultId: vault.id, userId: user.id, role })) });
        const correlationId = newCorrelationId();
        await appendActivity(tx, { actor: PORTAL_ACTOR, vault: null, operation: 'user.add', correlationId }, { result: 'Succeeded', target: { type: 'user', id: user.id, name: email } });
        for (const vault of vaults) {
          await appendActivity(tx, { actor: PORTAL_ACTOR, vault, operation: 'access.assignRole', correlationId }, {
            result: 'Succeeded',
            target: { type: 'roleAssignment', id: user.id, name: `${email}: ${ROLE_DISPLAY_NAMES[role]}` },
          });
        }
        made.push({ role, email, password: passwords[index]! });
      }
      return made;
    }, { timeout: 30_000 });
  } catch (error) {
    // Another process made the accounts at the same moment: theirs stand.
    if (isUniqueViolation(error)) return [];
    throw error;
  }
}

/** The console lines that hand the first accounts over, once. */
export function firstAccountsMessage(accounts: FirstAccount[], signInUrl: string): string {
  const width = Math.max(...accounts.map((account) => account.email.length));
  return [
    `Sign in at ${signInUrl} with one of these accounts. The passwords are shown only now;`,
    '`npm run user -- reset-password <email>` sets a new one.',
    ...accounts.map((account) => `  ${ROLE_DISPLAY_NAMES[account.role].padEnd(26)} ${account.email.padEnd(width)}  ${account.password}`),
  ].join('\n');
}
