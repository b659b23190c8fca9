import { expect } from 'vitest';
import type { Db } from '../lib/data/db';
import { labSnapshot } from '../lib/data/lab-test-snapshot';

export type Refusal = { ok: false; error: { kind: string; message: string; fieldErrors: Record<string, string> } };

/** Runs a change that must be refused, and proves that the vault's lab state is byte for byte as before. */
export async function refusedUnchanged(db: Db, vaultId: string, run: () => Promise<{ ok: boolean }>): Promise<Refusal> {
  const before = await labSnapshot(db, vaultId);
  const result = await run();
  expect(result.ok).toBe(false);
  expect(await labSnapshot(db, vaultId)).toBe(before);
  return result as Refusal;
}
