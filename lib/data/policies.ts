import 'server-only';
import { failbackPolicyName, failbackPolicyValues, policyChangeProblem } from '../domain/policies/policy-rules';
import { failure, type ActionResult, invalidInput } from '../schemas/action-result';
import { forwardPolicyInputSchema, policyPatchSchema, policyValuesSchema, type PolicyRow } from '../schemas/policies';
import { isResourceId } from '../schemas/resource-id';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { refusable, Refusal } from './refusals';
import type { DbOrTx } from './reprotect-facts';
import { recordActivity } from './activity-log';
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

/** A policy of the vault by its name (the automation API names policies so); null when there is none. */
export async function getPolicyByName(vaultId: string, name: string, db: DbOrTx = getDb()): Promise<PolicyRow | null> {
  const policy = await db.replicationPolicy.findFirst({ where: { vaultId, friendlyName: name }, include: policyInclude });
  return policy ? toRow(policy) : null;
}

export async function getPolicy(vaultId: string, id: unknown, db: DbOrTx = getDb()): Promise<PolicyRow | null> {
  if (!isResourceId(id)) return null;
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
  const clash = {
    message: `A policy named ${input.friendlyName} or ${failbackName} was created at the same moment. Choose another name.`,
    field: 'friendlyName',
  };
  return refusable(
    () =>
      db.$transaction(async (tx) => {
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
        await recordActivity(tx, { result: 'Succeeded', target: { type: 'policy', id: forward.id, name: input.friendlyName } });
        return { forwardPolicyId: forward.id, failbackPolicyId: failback.id };
      }),
    clash,
  );
}

/**
 * Locks a forward policy and its failback policy (FOR UPDATE) in this transaction and
 * returns the policy: a concurrent edit or delete waits, and so does any write that
 * starts using either policy (its foreign-key check), so a decision about the policy
 * holds until it commits.
 */
async function lockPolicy(tx: Prisma.TransactionClient, vaultId: string, id: unknown) {
  if (!isResourceId(id)) return null;
  await tx.$queryRaw`
    SELECT id FROM "ReplicationPolicy" WHERE "vaultId" = ${vaultId} AND (id = ${id} OR "forwardPolicyId" = ${id}) ORDER BY id FOR UPDATE`;
  return tx.replicationPolicy.findFirst({ where: { id, vaultId }, include: { failbackPolicy: { select: { id: true, friendlyName: true } } } });
}

/** Edits a forward policy within the ranges. A failback policy is refused, whatever the request holds. */
export async function updatePolicy(vaultId: string, id: unknown, raw: unknown, db: Db = getDb()): Promise<ActionResult<PolicyRow>> {
  return refusable(() =>
    db.$transaction(async (tx) => {
      const policy = await lockPolicy(tx, vaultId, id);
      if (!policy) throw new Refusal(failure('not-found', 'The policy does not exist in this vault.'));
      const readOnly = policyChangeProblem(policy.direction, 'edit');
      if (readOnly) throw new Refusal(failure('conflict', readOnly));
      const parsed = policyPatchSchema.safeParse(raw);
      if (!parsed.success) throw new Refusal(invalidInput(parsed.error));
      // Unset fields keep their values as they are now, under the lock: two edits of different fields both stay.
      const merged = policyValuesSchema.safeParse({
        recoveryPointThresholdInMinutes: parsed.data.recoveryPointThresholdInMinutes ?? policy.recoveryPointThresholdInMinutes,
        recoveryPointHistoryInMinutes: parsed.data.recoveryPointHistoryInMinutes ?? policy.recoveryPointHistoryInMinutes,
        appConsistentFrequencyInMinutes: parsed.data.appConsistentFrequencyInMinutes ?? policy.appConsistentFrequencyInMinutes,
      });
      if (!merged.success) throw new Refusal(invalidInput(merged.error));
      const updated = await tx.replicationPolicy.update({
        where: { id: policy.id },
        data: { ...merged.data, multiVmSyncStatus: parsed.data.multiVmSyncStatus ?? policy.multiVmSyncStatus },
        include: policyInclude,
      });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'policy', id: policy.id, name: policy.friendlyName } });
      return toRow(updated);
    }),
  );
}

/**
 * Deletes a forward policy that no VM uses, with its failback policy. A failback policy
 * is refused. The check and the delete are one transaction, with both policies locked.
 */
export async function deletePolicy(vaultId: string, id: unknown, db: Db = getDb()): Promise<ActionResult<{ deleted: string[] }>> {
  return refusable(() =>
    db.$transaction(async (tx) => {
      const policy = await lockPolicy(tx, vaultId, id);
      if (!policy) throw new Refusal(failure('not-found', 'The policy does not exist in this vault.'));
      const readOnly = policyChangeProblem(policy.direction, 'delete');
      if (readOnly) throw new Refusal(failure('conflict', readOnly));
      // An item reprotected with the policy uses both it and its failback policy: it counts once.
      const inUse = await tx.replicatedItem.count({
        where: { OR: [{ forwardPolicyId: policy.id }, ...(policy.failbackPolicy ? [{ failbackPolicyId: policy.failbackPolicy.id }] : [])] },
      });
      if (inUse > 0) {
        const items = pluralize(inUse, 'replicated item');
        throw new Refusal(failure('conflict', `${policy.friendlyName} is used by ${items}; a policy in use cannot be deleted.`));
      }
      // The database deletes the failback policy with its forward policy.
      await tx.replicationPolicy.delete({ where: { id: policy.id } });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'policy', id: policy.id, name: policy.friendlyName } });
      return { deleted: [policy.friendlyName, ...(policy.failbackPolicy ? [policy.failbackPolicy.friendlyName] : [])] };
    }),
  );
}
