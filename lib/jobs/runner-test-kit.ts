import 'server-only';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import type { Db } from '../data/db';
import { submitReprotect } from '../data/reprotect';
import { createMasterTarget, createReplicatedItem, createTestVault, type ReplicatedItemOverrides, type TestVault } from '../data/seed/factories';
import { REPROTECT_STEPS } from '../domain/jobs/reprotect-steps';
import { createRunner, type RunnerOptions } from './runner';

// Shared by the engine's integration tests: each test file that calls
// setUpRunnerTestVault() gets its own database and vault for its whole run.

let database: TestDatabase;
let client: Db;
let vault: TestVault;
export const db = () => client;
export const testVault = () => vault;
export const STEP_NAMES = REPROTECT_STEPS.map((step) => step.name);

export function setUpRunnerTestVault(): void {
  beforeAll(async () => {
    database = await createTestDatabase();
    client = database.db;
    vault = await createTestVault(client);
  });
  afterAll(async () => {
    await database.stop();
  });
}

/** Polls until `probe` returns something truthy; fails after the timeout. */
export async function waitFor<T>(probe: () => Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** A fresh master target and item, reprotect submitted the way the blade does it. */
export async function submitted(overrides: ReplicatedItemOverrides = {}, mtId?: string) {
  const mt = mtId ? { id: mtId, volumes: await db().masterTargetVolume.findMany({ where: { masterTargetId: mtId } }) } : await createMasterTarget(db(), testVault());
  const item = await createReplicatedItem(db(), testVault(), overrides);
  const input = {
    itemId: item.id,
    direction: 'AzureToOnPremises' as const,
    masterTargetId: mt.id,
    processServerId: testVault().azureProcessServerId,
    datastoreId: testVault().datastoreId,
    retentionVolumeId: mt.volumes.find((v) => v.volumeName === 'R:')?.id ?? '',
  };
  const result = await submitReprotect(testVault().vaultId, input, db());
  if (!result.ok) throw new Error(`submitReprotect refused: ${result.error.message}`);
  return { jobId: result.data.jobId, item, input, masterTargetId: mt.id };
}

export const loadJob = (jobId: string) =>
  db().job.findUniqueOrThrow({
    where: { id: jobId },
    include: { tasks: { orderBy: { order: 'asc' } }, errors: true },
  });
export const loadItem = (itemId: string) => db().replicatedItem.findUniqueOrThrow({ where: { id: itemId } });

export function recorder() {
  const runs: { jobId: string; step: string; runnerId: string }[] = [];
  return { runs, hooks: { beforeStep: (info: { jobId: string; step: string; runnerId: string }) => void runs.push(info) } };
}

export const instant = (extra: Partial<RunnerOptions> = {}) => createRunner({ db: db(), speed: 'instant', pollMs: 10, recoveryPoints: false, ...extra });

export const CLEARED = { masterTargetId: null, processServerId: null, datastoreId: null, retentionVolumeId: null, failbackPolicyId: null };

