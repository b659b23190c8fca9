// npm run db:seed — migrates, then seeds the demo vault into an empty database
// (DATABASE_URL, the running portal's embedded database, or the one in VAULT_DATA_DIR).
// A database that already has a vault is left alone.
// npm run db:seed -- <vault-name> — seeds another copy of the demo vault under that name,
// beside the vaults already there: one per rehearsal, each changed only by its own operators.
import * as z from 'zod/mini';
import { userInfo } from 'node:os';
import { copyRoleAssignments } from '../lib/data/auth/role-assignments';
import { createPrismaClient, type Db } from '../lib/data/db';
import { applyMigrations } from '../lib/data/migrate';
import { DEMO_VAULT_NAME, seedDemoVault, seedDemoVaultCopy } from '../lib/data/seed/demo-vault';
import { vaultNameSchema } from '../lib/schemas/vault';
import { withDatabase } from './lib/command-database';
import { runCommand, StartupProblem } from './lib/problems';

async function seed(db: Db, copyName: string | undefined): Promise<{ vaultId: string; name: string } | null> {
  if (copyName !== undefined) {
    if (await db.vault.findUnique({ where: { name: copyName }, select: { id: true } })) {
      throw new StartupProblem(`A vault named ${copyName} already exists; nothing was seeded. Choose another name.`);
    }
    const vaultId = await seedDemoVaultCopy(db, copyName);
    // The rehearsal's team: whoever holds a role on the demo vault holds it on the copy too.
    const roles = await copyRoleAssignments(DEMO_VAULT_NAME, { id: vaultId, name: copyName }, `command line (${userInfo().username})`, db);
    console.log(roles > 0 ? `${roles} role assignments copied from ${DEMO_VAULT_NAME}; change them under Access control (IAM).` : `No one holds a role on ${copyName} yet: add one with npm run user -- add <email> --role Owner --vault ${copyName}.`);
    return { vaultId, name: copyName };
  }
  const result = await seedDemoVault(db);
  if (result.seeded) return { vaultId: result.vaultId, name: DEMO_VAULT_NAME };
  console.log('The database already has a vault; nothing was seeded. Name a vault to seed a copy beside it.');
  return null;
}

await runCommand(async () => {
  const requested = process.argv[2];
  const copyName = requested === undefined ? undefined : z.safeParse(vaultNameSchema, requested);
  if (copyName && !copyName.success) throw new StartupProblem(`"${requested}": ${copyName.error.issues[0]?.message}`);

  await withDatabase('npm run db:seed', async ({ url }) => {
    const applied = await applyMigrations(url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
    const db = createPrismaClient(url, 2);
    try {
      const seeded = await seed(db, copyName?.data);
      if (!seeded) return;
      const [items, masterTargets, jobs] = await Promise.all([
        db.replicatedItem.count({ where: { vaultId: seeded.vaultId } }),
        db.masterTargetServer.count({ where: { vaultId: seeded.vaultId } }),
        db.job.count({ where: { vaultId: seeded.vaultId } }),
      ]);
      console.log(`Seeded vault ${seeded.name} (${seeded.vaultId}): ${items} replicated items, ${masterTargets} master targets, ${jobs} jobs.`);
    } finally {
      await db.$disconnect();
    }
  });
  return 0;
});
