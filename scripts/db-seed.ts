// npm run db:seed — migrates, then seeds the demo vault into an empty database
// (DATABASE_URL, or the embedded one). A database that already has a vault is left alone.
// npm run db:seed -- <vault-name> — seeds another copy of the demo vault under that name,
// beside the vaults already there: one per rehearsal, each changed only by its own operators.
import * as z from 'zod/mini';
import { withDatabase } from './lib/database-url';
import { createPrismaClient, type Db } from '../lib/data/db';
import { applyMigrations } from '../lib/data/migrate';
import { DEMO_VAULT_NAME, seedDemoVault, seedDemoVaultCopy } from '../lib/data/seed/demo-vault';
import { vaultNameSchema } from '../lib/schemas/vault';

const requested = process.argv[2];
const copyName = requested === undefined ? undefined : z.safeParse(vaultNameSchema, requested);
if (copyName && !copyName.success) {
  console.error(`"${requested}": ${copyName.error.issues[0]?.message}`);
  process.exit(1);
}

async function seed(db: Db): Promise<{ vaultId: string; name: string } | null> {
  if (copyName?.success) {
    if (await db.vault.findUnique({ where: { name: copyName.data }, select: { id: true } })) {
      console.error(`A vault named ${copyName.data} already exists; nothing was seeded.`);
      process.exitCode = 1;
      return null;
    }
    return { vaultId: await seedDemoVaultCopy(db, copyName.data), name: copyName.data };
  }
  const result = await seedDemoVault(db);
  if (result.seeded) return { vaultId: result.vaultId, name: DEMO_VAULT_NAME };
  console.log('The database already has a vault; nothing was seeded. Name a vault to seed a copy beside it.');
  return null;
}

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const db = createPrismaClient(url, 2);
  try {
    const seeded = await seed(db);
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
