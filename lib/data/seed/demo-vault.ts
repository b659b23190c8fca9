import type { Db } from '../db';
import { DEMO_VAULT, demoId, seedDemoFabric } from './demo-fabric';
import { seedDemoItems } from './demo-items';
import { seedDemoJobs } from './demo-jobs';
import { seedDemoMasterTargets } from './demo-master-targets';

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
        const vaultId = await seedDemoFabric(tx, now);
        await seedDemoMasterTargets(tx, vaultId, now);
        await seedDemoItems(tx, vaultId, now);
        await seedDemoJobs(tx, vaultId, now);
        return { seeded: true, vaultId };
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

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

export { demoId };
