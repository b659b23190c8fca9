// npm run db:seed — migrates, then seeds the demo vault into an empty database
// (DATABASE_URL, or the embedded one). A database that already has a vault is left alone.
import { withDatabase } from './lib/database-url';
import { createPrismaClient } from '../lib/data/db';
import { applyMigrations } from '../lib/data/migrate';
import { DEMO_VAULT_NAME, seedDemoVault } from '../lib/data/seed/demo-vault';

await withDatabase(async (url) => {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
  const db = createPrismaClient(url, 2);
  try {
    const result = await seedDemoVault(db);
    if (!result.seeded) {
      console.log('The database already has a vault; nothing was seeded.');
      return;
    }
    const [items, masterTargets, jobs] = await Promise.all([
      db.replicatedItem.count({ where: { vaultId: result.vaultId } }),
      db.masterTargetServer.count({ where: { vaultId: result.vaultId } }),
      db.job.count({ where: { vaultId: result.vaultId } }),
    ]);
    console.log(
      `Seeded vault ${DEMO_VAULT_NAME} (${result.vaultId}): ${items} replicated items, ${masterTargets} master targets, ${jobs} jobs.`,
    );
  } finally {
    await db.$disconnect();
  }
});
