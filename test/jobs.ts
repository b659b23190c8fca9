import { randomUUID } from 'node:crypto';
import type { Db } from '../lib/data/db';
import type { Prisma } from '../lib/data/generated/prisma/client';
import type { TestVault } from '../lib/data/seed/factories';

export type JobFields = Partial<Omit<Prisma.JobCreateManyInput, 'vaultId'>>;

/**
 * Finished jobs of a vault, each created `minutesAgo` (default: one minute apart, newest first).
 * One clock reading for the whole batch, so that equal ages give equal creation times.
 */
export async function insertJobs(db: Db, vault: TestVault, jobs: Array<JobFields & { minutesAgo?: number }>): Promise<string[]> {
  const now = Date.now();
  const rows = jobs.map(({ minutesAgo: age, ...fields }, index) => {
    const createdAt = new Date(now - (age ?? index + 1) * 60_000);
    return {
      id: randomUUID(),
      vaultId: vault.vaultId,
      scenarioName: 'ReverseReplication',
      friendlyName: 'Reprotect',
      targetObjectName: `vm-${index}`,
      state: 'Succeeded' as const,
      progress: 100,
      payload: {},
      createdAt,
      startTime: createdAt,
      endTime: new Date(createdAt.getTime() + 90_000),
      ...fields,
    };
  });
  await db.job.createMany({ data: rows });
  return rows.map((row) => row.id);
}

/** A recovery plan of the vault (no groups: the jobs tests only need it to exist). */
export async function insertRecoveryPlan(db: Db, vault: TestVault, name = `rp-${randomUUID().slice(0, 8)}`): Promise<string> {
  const plan = await db.recoveryPlan.create({ data: { vaultId: vault.vaultId, friendlyName: name } });
  return plan.id;
}

/** A recovery plan's job and one job per named machine under it, queued one millisecond apart after it. */
export async function insertPlanJobs(
  db: Db,
  vault: TestVault,
  planId: string,
  machines: Array<{ name: string } & JobFields>,
  plan: JobFields & { minutesAgo?: number } = {},
): Promise<{ planJobId: string; machineJobIds: string[] }> {
  const planName = (await db.recoveryPlan.findUniqueOrThrow({ where: { id: planId } })).friendlyName;
  const [planJobId] = await insertJobs(db, vault, [
    { scenarioName: 'RecoveryPlanReverseReplication', targetObjectName: planName, recoveryPlanId: planId, ...plan },
  ]);
  const parent = await db.job.findUniqueOrThrow({ where: { id: planJobId! } });
  const machineJobIds = machines.map(() => randomUUID());
  await db.job.createMany({
    data: machines.map(({ name, ...fields }, index) => ({
      id: machineJobIds[index]!,
      vaultId: vault.vaultId,
      scenarioName: 'ReverseReplication',
      friendlyName: 'Reprotect',
      targetObjectName: name,
      parentJobId: planJobId!,
      state: 'Succeeded' as const,
      progress: 100,
      payload: {},
      createdAt: new Date(parent.createdAt.getTime() + index + 1),
      ...fields,
    })),
  });
  return { planJobId: planJobId!, machineJobIds };
}
