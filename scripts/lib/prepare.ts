import { createPrismaClient } from '../../lib/data/db';
import { applyMigrations } from '../../lib/data/migrate';
import { checkConnection, explainDatabase, type DatabaseTarget } from './database-problems';
import { SETUP_STEPS, type SetupStep } from './setup-steps';

/**
 * Brings a database up to this version: it must answer, then take the pending migrations,
 * then the setup steps. Any failure comes back as the problem it means for that database.
 */
export async function prepareDatabase(target: DatabaseTarget, portalUrl: string, steps: SetupStep[] = SETUP_STEPS): Promise<void> {
  try {
    await checkConnection(target);
    const applied = await applyMigrations(target.url);
    if (applied.length > 0) console.log(`Applied migrations: ${applied.join(', ')}`);
    const db = createPrismaClient(target.url, 2);
    try {
      for (const step of steps) await step.run({ db, portalUrl, log: (line) => console.log(line) });
    } finally {
      await db.$disconnect();
    }
  } catch (error) {
    throw explainDatabase(target)(error) ?? error;
  }
}
