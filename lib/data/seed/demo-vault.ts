import 'server-only';
import type { Db } from '../db';
import type { SeedDb } from './values';
import { DEMO_VAULT, demoId, demoIdsFor, seedDemoFabric } from './demo-fabric';
import { seedDemoItems } from './demo-items';
import { seedDemoJobs } from './demo-jobs';
import { seedDemoMasterTargets } from './demo-master-targets';
import { isUniqueViolation } from '../refusals';

export const DEMO_VAULT_NAME = DEMO_VAULT.name;

export interface SeedDemoVaultResult {
  seeded: boolean;
  /** The demo vault's id when seeded, otherwise the first existing vault's id ('' if none). */
  vaultId: string;
}

/**
 * Seeds the `contoso-dr-vault` demo vault, but only into a database without any vault:
 * a database someone already uses is never touched. Everything is written in one
 * transaction, so a failed run leaves the database empty and can simply be retried.
 */
export async function seedDemoVault(db: Db, now: Date = new Date()): Promise<SeedDemoVaultResult> {
  try {
    return await db.$transaction(
      async (tx) => {
        const existing = await tx.vault.findFirst({ select: { id: true }, orderBy: { createdAt: 'asc' } });
        if (existing) return { seeded: false, vaultId: existing.id };
        return { seeded: true, vaultId: await seedDemoRows(tx, DEMO_VAULT.name, now) };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (error) {
    // Two processes seeding at once: the loser's insert of the vault name fails.
    if (isUniqueViolation(error)) {
      const existing = await db.vault.findFirst({ select: { id: true }, orderBy: { createdAt: 'asc' } });
      if (existing) return { seeded: false, vaultId: existing.id };
    }
    throw error;
  }
}

/**
 * Another copy of the demo vault under its own name, beside whatever the database holds:
 * each rehearsal (or browser test) gets a vault of its own that nothing else changes.
 */
export async function seedDemoVaultCopy(db: Db, vaultName: string, now: Date = new Date()): Promise<string> {
  return db.$transaction((tx) => seedDemoRows(tx, vaultName, now), { maxWait: 10_000, timeout: 60_000 });
}

async function seedDemoRows(tx: SeedDb, vaultName: string, now: Date): Promise<string> {
  const ids = demoIdsFor(vaultName);
  const vaultId = await seedDemoFabric(tx, now, vaultName, ids);
  await seedDemoMasterTargets(tx, vaultId, now, ids);
  await seedDemoItems(tx, vaultId, now, ids);
  await seedDemoJobs(tx, vaultId, now, ids);
  return vaultId;
}

export { demoId };
