import 'server-only';
import { REPROTECT_JOB_NAME, REPROTECT_SCENARIO } from '../domain/jobs/reprotect-steps';
import { reprotectToAzureTasks } from '../domain/jobs/reprotect-to-azure-steps';
import { evaluateReprotectToAzure, type ReprotectToAzureEvaluation } from '../domain/reprotect-to-azure/evaluate';
import type { ReprotectToAzureFacts } from '../domain/reprotect-to-azure/facts';
import { failure, invalidInput, type ActionResult } from '../schemas/action-result';
import { reprotectToAzureInputSchema, type ReprotectToAzureInput } from '../schemas/reprotect-to-azure';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { toProcessServerFacts } from './fabric-facts';
import { createItemJob, notFound, refusedBy, submitItemOperation, type Tx } from './item-operation';
import { ACTIVE_JOB_STATES, type DbOrTx } from './reprotect-facts';
import { Refusal } from './refusals';
import { activeJobOf, configurationServerFacts, recoveryPlansOf } from './item-facts-parts';

// Reprotect from on-premises to Azure (the service's beginReprotect, PrimaryToRecovery):
// a VM that failed back and was committed replicates to Azure again.

const include = {
  configurationServer: true,
  replicationGroup: { select: { id: true, name: true } },
  planMemberships: { include: { group: { include: { plan: { select: { id: true, friendlyName: true } } } } } },
  jobs: { where: { state: { in: [...ACTIVE_JOB_STATES] } }, select: { id: true, friendlyName: true }, take: 1 },
  forwardPolicy: true,
} satisfies Prisma.ReplicatedItemInclude;

/** The facts of items of one vault, with the vault's process servers read once. */
export async function loadReprotectToAzureFactsForItems(
  db: DbOrTx,
  vaultId: string,
  itemIds: readonly string[],
  now = new Date(),
): Promise<Map<string, ReprotectToAzureFacts>> {
  const items = await db.replicatedItem.findMany({ where: { id: { in: [...itemIds] }, vaultId }, include });
  const processServers = (await db.processServer.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } })).map(toProcessServerFacts);
  return new Map(
    items.map((item) => {
      const policy = item.forwardPolicy;
      const facts: ReprotectToAzureFacts = {
        now,
        configurationServer: configurationServerFacts(item.configurationServer),
        item: {
          id: item.id,
          name: item.friendlyName,
          protectionState: item.protectionState,
          activeLocation: item.activeLocation,
          replicationGroup: item.replicationGroup,
          recoveryPlans: recoveryPlansOf(item.planMemberships),
          activeJob: activeJobOf(item.jobs),
          agentRegistered: item.agentRegistered,
          agentRegistersAt: item.agentRegistersAt,
          inConfigurationServerDatabase: item.inConfigurationServerDatabase,
        },
        processServers,
        forwardPolicy:
          policy.direction === 'Forward'
            ? {
                id: policy.id,
                friendlyName: policy.friendlyName,
                recoveryPointThresholdInMinutes: policy.recoveryPointThresholdInMinutes,
                recoveryPointHistoryInMinutes: policy.recoveryPointHistoryInMinutes,
                appConsistentFrequencyInMinutes: policy.appConsistentFrequencyInMinutes,
              }
            : null,
      };
      return [item.id, facts];
    }),
  );
}

export async function loadReprotectToAzureFacts(db: DbOrTx = getDb(), vaultId: string, itemId: string, now = new Date()) {
  return (await loadReprotectToAzureFactsForItems(db, vaultId, [itemId], now)).get(itemId) ?? null;
}

const draftSchema = reprotectToAzureInputSchema.partial({ processServerId: true });

/** Dry run: every check, nothing started. */
export async function validateReprotectToAzure(vaultId: string, raw: unknown, db: DbOrTx = getDb()): Promise<ActionResult<ReprotectToAzureEvaluation>> {
  const parsed = draftSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const facts = await loadReprotectToAzureFacts(db, vaultId, parsed.data.itemId);
  if (!facts) return failure('not-found', 'The replicated item no longer exists in this vault.');
  return { ok: true, data: evaluateReprotectToAzure(facts, parsed.data) };
}

/** Starts a reprotect to Azure: the rules again with the item locked, the Reprotect job queued, the item held. */
export async function submitReprotectToAzure(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ jobId: string }>> {
  const parsed = reprotectToAzureInputSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error, 'item');
  const input = parsed.data;
  return submitItemOperation(db, input.itemId, async (tx) => {
    const facts = (await loadReprotectToAzureFacts(tx, vaultId, input.itemId)) ?? notFound();
    const evaluation = evaluateReprotectToAzure(facts, input);
    if (!evaluation.canSubmit || !facts.forwardPolicy) throw new Refusal(refusedBy(evaluation.blockers, 'Reprotect is not possible.'));
    return queueReprotectToAzure(tx, vaultId, facts, input);
  });
}

/** The Reprotect job of one machine and its hold on the item. */
export async function queueReprotectToAzure(
  tx: Tx,
  vaultId: string,
  facts: ReprotectToAzureFacts,
  choices: Pick<ReprotectToAzureInput, 'itemId' | 'processServerId'>,
): Promise<string> {
  const jobId = await createItemJob(tx, {
    vaultId,
    scenarioName: REPROTECT_SCENARIO,
    friendlyName: REPROTECT_JOB_NAME,
    targetObjectName: facts.item.name,
    replicatedItemId: facts.item.id,
    payload: reprotectToAzureJobPayload(facts, choices.processServerId),
    tasks: reprotectToAzureTasks(),
  });
  await tx.replicatedItem.update({ where: { id: facts.item.id }, data: { protectionState: 'ReprotectInProgress', processServerId: choices.processServerId } });
  return jobId;
}

/** Job.payload of a Reprotect job to Azure, which its handler parses; `recoveryPlanId` marks a machine of a plan's reprotect. */
export function reprotectToAzureJobPayload(facts: ReprotectToAzureFacts, processServerId: string, recoveryPlanId?: string): Prisma.InputJsonObject {
  return {
    itemId: facts.item.id,
    direction: 'OnPremisesToAzure',
    processServerId,
    forwardPolicyId: facts.forwardPolicy!.id,
    previousProtectionState: facts.item.protectionState,
    ...(recoveryPlanId ? { recoveryPlanId } : {}),
  };
}
