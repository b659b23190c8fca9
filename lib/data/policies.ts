import { failbackPolicyName, failbackPolicyValues, policyChangeProblem } from '../domain/policies/policy-rules';
import { failure, type ActionResult, invalidInput } from '../schemas/action-result';
import { forwardPolicyInputSchema, policyPatchSchema, policyValuesSchema, type PolicyRow } from '../schemas/policies';
import { getDb, type Db } from './db';
import { Prisma } from './generated/prisma/client';
import { Refusal } from './lab-failures';
import type { DbOrTx } from './reprotect-facts';
import { pluralize } from '../domain/plural';

const policyInclude = {
  configurationServer: { select: { id: true, friendlyName: true } },
  forwardPolicy: { select: { id: true, friendlyName: true } },
  failbackPolicy: { select: { id: true, friendlyName: true } },
  _count: { select: { forwardItems: true, failbackItems: true } },
} satisfies Prisma.ReplicationPolicyInclude;

type PolicyRecord = Prisma.ReplicationPolicyGetPayload<{ include: typeof policyInclude }>;

function toRow(policy: PolicyRecord): PolicyRow {
  return {
    id: policy.id,
    friendlyName: policy.friendlyName,
    direction: policy.direction,
    recoveryPointThresholdInMinutes: policy.recoveryPointThresholdInMinutes,
    recoveryPointHistoryInMinutes: policy.recoveryPointHistoryInMinutes,
    appConsistentFrequencyInMinutes: policy.appConsistentFrequencyInMinutes,
    multiVmSyncStatus: policy.multiVmSyncStatus,
    configurationServer: policy.configurationServer,
    forwardPolicy: policy.forwardPolicy,
    failbackPolicy: policy.failbackPolicy,
    itemCount: policy.direction === 'Forward' ? policy._count.forwardItems : policy._count.failbackItems,
    createdAt: policy.createdAt.toISOString(),
  };
}

/** Forward policies, each followed by its failback policy. */
export async function listPolicies(vaultId: string, db: DbOrTx = getDb()): Promise<PolicyRow[]> {
  const policies = await db.replicationPolicy.findMany({ where: { vaultId }, include: policyInclude, orderBy: { friendlyName: 'asc' } });
  const rows = policies.map(toRow);
  const forward = rows.filter((p) => p.direction === 'Forward');
  const failbackOf = new Map(rows.filter((p) => p.forwardPolicy).map((p) => [p.forwardPolicy!.id, p]));
  const ordered = forward.flatMap((p) => [p, ...(failbackOf.has(p.id) ? [failbackOf.get(p.id)!] : [])]);
  const orphans = rows.filter((p) => !ordered.includes(p));
  return [...ordered, ...orphans];
}

export async function getPolicy(vaultId: string, id: string, db: DbOrTx = getDb()): Promise<PolicyRow | null> {
  const policy = await db.replicationPolicy.findFirst({ where: { id, vaultId }, include: policyInclude });
  return policy ? toRow(policy) : null;
}

/**
 * Creates a forward policy and, in the same transaction, its failback policy with
 * the fixed values, both associated with the vault's configuration server.
 */
export async function createForwardPolicy(
  vaultId: string,
  raw: unknown,
  db: Db = getDb(),
): Promise<ActionResult<{ forwardPolicyId: string; failbackPolicyId: string }>> {
  const parsed = forwardPolicyInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const input = parsed.data;
  const failbackName = failbackPolicyName(input.friendlyName);
  try {
    const ids = await db.$transaction(async (tx) => {
      const cs = await tx.configurationServer.findFirst({ where: { vaultId }, orderBy: { friendlyName: 'asc' }, select: { id: true } });
      if (!cs) throw new Refusal(failure('refused', 'The vault has no configuration server to associate the policy with.'));
      const taken = await tx.replicationPolicy.findMany({
        where: { vaultId, friendlyName: { in: [input.friendlyName, failbackName], mode: 'insensitive' } },
        select: { friendlyName: true },
      });
      if (taken.length > 0) {
        const message = `A policy named ${taken[0]!.friendlyName} already exists in this vault; the new policy and its failback policy (${failbackName}) need names of their own.`;
        throw new Refusal(failure('conflict', message, { friendlyName: message }));
      }
      const common = { vaultId, configurationServerId: cs.id };
      const forward = await tx.replicationPolicy.create({
        data: {
          ...common,
          friendlyName: input.friendlyName,
          direction: 'Forward',
          recoveryPointThresholdInMinutes: input.recoveryPointThresholdInMinutes,
          recoveryPointHistoryInMinutes: input.recoveryPointHistoryInMinutes,
          appConsistentFrequencyInMinutes: input.appConsistentFrequencyInMinutes,
          multiVmSyncStatus: input.multiVmSyncStatus,
        },
        select: { id: true },
      });
      const failback = await tx.replicationPolicy.create({
        data: { ...common, friendlyName: failbackName, direction: 'Failback', ...failbackPolicyValues(), multiVmSyncStatus: input.multiVmSyncStatus, forwardPolicyId: forward.id },
        select: { id: true },
      });
      return { forwardPolicyId: forward.id, failbackPolicyId: failback.id };
    });
    return { ok: true, data: ids };
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const message = `A policy named ${input.friendlyName} or ${failbackName} was created at the same moment. Choose another name.`;
      return failure('conflict', message, { friendlyName: message });
    }
    throw error;
  }
}

/** Edits a forward policy within the ranges. A failback policy is refused, whatever the request holds. */
export async function updatePolicy(vaultId: string, id: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<PolicyRow>> {
  const policy = await db.replicationPolicy.findFirst({ where: { id, vaultId } });
  if (!policy) return failure('not-found', 'The policy does not exist in this vault.');
  const readOnly = policyChangeProblem(policy.direction, 'edit');
  if (readOnly) return failure('conflict', readOnly);
  const parsed = policyPatchSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const merged = policyValuesSchema.safeParse({
    recoveryPointThresholdInMinutes: parsed.data.recoveryPointThresholdInMinutes ?? policy.recoveryPointThresholdInMinutes,
    recoveryPointHistoryInMinutes: parsed.data.recoveryPointHistoryInMinutes ?? policy.recoveryPointHistoryInMinutes,
    appConsistentFrequencyInMinutes: parsed.data.appConsistentFrequencyInMinutes ?? policy.appConsistentFrequencyInMinutes,
  });
  if (!merged.success) return invalidInput(merged.error);
  const updated = await db.replicationPolicy.update({
    where: { id },
    data: { ...merged.data, multiVmSyncStatus: parsed.data.multiVmSyncStatus ?? policy.multiVmSyncStatus },
    include: policyInclude,
  });
  return { ok: true, data: toRow(updated) };
}

/** Deletes a forward policy that no VM uses, with its failback policy. A failback policy is refused. */
export async function deletePolicy(vaultId: string, id: string, db: Db = getDb()): Promise<ActionResult<{ deleted: string[] }>> {
  const policy = await db.replicationPolicy.findFirst({ where: { id, vaultId }, include: policyInclude });
  if (!policy) return failure('not-found', 'The policy does not exist in this vault.');
  const readOnly = policyChangeProblem(policy.direction, 'delete');
  if (readOnly) return failure('conflict', readOnly);
  const failbackUse = policy.failbackPolicy
    ? await db.replicatedItem.count({ where: { failbackPolicyId: policy.failbackPolicy.id } })
    : 0;
  const inUse = policy._count.forwardItems + failbackUse;
  if (inUse > 0) {
    return failure('conflict', `${policy.friendlyName} is used by ${pluralize(inUse, 'replicated item')}; a policy in use cannot be deleted.`);
  }
  // The database deletes the failback policy with its forward policy.
  await db.replicationPolicy.delete({ where: { id } });
  return { ok: true, data: { deleted: [policy.friendlyName, ...(policy.failbackPolicy ? [policy.failbackPolicy.friendlyName] : [])] } };
}
