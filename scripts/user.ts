// npm run user -- <command> — the portal's accounts, from the command line:
//   add <email> [--name "Full name"] [--role Reader|Operator|Contributor|Owner --vault <vault>]
//   reset-password <email>
//   list
//   remove <email>
// Passwords are generated, printed once, and stored only as hashes.
import { parseArgs } from 'node:util';
import { userInfo } from 'node:os';
import { isVaultRole, ROLE_DISPLAY_NAMES } from '../lib/domain/access/roles';
import { appendActivity, newCorrelationId } from '../lib/data/activity-log';
import { generatePassword } from '../lib/data/auth/passwords';
import { createUser, listUsers, removeUser, setPassword } from '../lib/data/auth/users';
import { createPrismaClient, type Db } from '../lib/data/db';
import type { Operation } from '../lib/domain/access/operations';
import { withDatabase } from './lib/command-database';
import { runCommand } from './lib/problems';

const USAGE = `Usage:
  npm run user -- add <email> [--name "Full name"] [--role Reader|Operator|Contributor|Owner --vault <vault name>]
  npm run user -- reset-password <email>
  npm run user -- list
  npm run user -- remove <email>`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, role: { type: 'string' }, vault: { type: 'string' } },
});
const [command, email] = positionals;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const actor = { userId: null, name: `command line (${userInfo().username})` };

async function record(db: Db, operation: Operation, target: { id: string; name: string }, vault: { id: string; name: string } | null = null) {
  await appendActivity(db, { actor, vault, operation, correlationId: newCorrelationId() }, { result: 'Succeeded', target: { type: 'user', ...target } });
}

async function add(db: Db, address: string) {
  if (values.role !== undefined && !isVaultRole(values.role)) fail(`--role must be one of Reader, Operator, Contributor, Owner.`);
  if ((values.role === undefined) !== (values.vault === undefined)) fail('--role and --vault go together.');
  const vault = values.vault ? await db.vault.findUnique({ where: { name: values.vault }, select: { id: true, name: true } }) : null;
  if (values.vault && !vault) fail(`There is no vault named ${values.vault}.`);
  const password = generatePassword();
  const created = await createUser({ email: address, name: values.name ?? address, password }, db);
  if (!created.ok) fail(created.error.message);
  await record(db, 'user.add', { id: created.data.id, name: created.data.email });
  if (vault && isVaultRole(values.role)) {
    await db.roleAssignment.create({ data: { vaultId: vault.id, userId: created.data.id, role: values.role, createdByName: actor.name } });
    await record(db, 'access.assignRole', { id: created.data.id, name: `${created.data.email}: ${ROLE_DISPLAY_NAMES[values.role]}` }, vault);
  }
  console.log(`Added ${created.data.email}${vault ? ` as ${ROLE_DISPLAY_NAMES[values.role as never]} on ${vault.name}` : ' (no role on any vault yet)'}.`);
  console.log(`Password (shown only now): ${password}`);
}

async function resetPassword(db: Db, address: string) {
  const password = generatePassword();
  const result = await setPassword(address, password, db);
  if (!result.ok) fail(result.error.message);
  await record(db, 'user.resetPassword', { id: result.data.id, name: address.toLowerCase() });
  console.log(`New password for ${address.toLowerCase()} (shown only now; their sessions were signed out): ${password}`);
}

async function list(db: Db) {
  const users = await listUsers(db);
  if (users.length === 0) return console.log('No accounts yet. Add one with npm run user -- add <email>.');
  for (const user of users) {
    const roles = user.roles.map((r) => `${ROLE_DISPLAY_NAMES[r.role]} on ${r.vaultName}`).join('; ') || 'no role';
    console.log(`${user.email.padEnd(32)} ${user.name.padEnd(28)} ${roles}`);
  }
}

async function remove(db: Db, address: string) {
  const result = await removeUser(address, db);
  if (!result.ok) fail(result.error.message);
  await record(db, 'user.remove', { id: result.data.id, name: address.toLowerCase() });
  console.log(`Removed ${address.toLowerCase()}; their sessions and tokens no longer work.`);
}

if (!command || (command !== 'list' && !email)) fail(USAGE);

await runCommand(() =>
  withDatabase('npm run user', async ({ url }) => {
    const db = createPrismaClient(url, 2);
    try {
      if (command === 'add') await add(db, email!);
      else if (command === 'reset-password') await resetPassword(db, email!);
      else if (command === 'list') await list(db);
      else if (command === 'remove') await remove(db, email!);
      else fail(USAGE);
    } finally {
      await db.$disconnect();
    }
  }),
);
