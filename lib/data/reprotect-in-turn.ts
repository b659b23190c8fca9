import 'server-only';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { decideInTurn } from '../domain/reprotect/in-turn';
import { busyFailure, failure, type ActionResult } from '../schemas/action-result';
import type { ReprotectInput } from '../schemas/reprotect';
import { currentActivityScope, jobStarter, withoutActivityScope, type ActivityScope } from './activity-context';
import { AccessRevoked, appendActivities, revokedScopes } from './activity-log';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { loadChosenReprotectFactsForItems } from './reprotect-facts';
import { lockForReprotect } from './reprotect-locks';
import { refusedBy } from './item-operation';
import { isDatabaseBusy, isUniqueViolation } from './refusals';
import { queueReprotectJobs, queuedReprotect, type QueuedReprotect } from './reprotect-submission';

// Single-VM reprotects of one vault are decided in turns, one transaction per turn. A turn
// starts once submissions stop arriving for a moment (QUIET_MS) and none is announced on its
// way (expectReprotect), so that those sent at once are decided together, one after the other
// in their order (decideInTurn), each as if those before it had committed; the ones that
// arrive while a turn decides wait for the next. Fifty sent at once cost one transaction
// instead of fifty, each of which would hold the embedded database while the others read
// what they need. The data layer of another process (a second portal, a worker) decides its
// own turns; the row locks order the two. docs/reprotect-rules.md, "Submissions that arrive together".

export type ReprotectOutcome = ActionResult<{ jobId: string }>;

interface Submission {
  input: ReprotectInput;
  /** The caller's request, whose activity entry and job starter the turn writes. */
  scope: ActivityScope | undefined;
  /** performance.now() when it arrived. */
  arrivedAt: number;
  settle: (settled: Settled) => void;
}

type Settled = { outcome: ReprotectOutcome } | { error: unknown };

/** Large enough for a burst, small enough that one turn's transaction stays short. */
const MOST_PER_TURN = 100;
/** How long a turn waits for the next submission of a burst: a lone submission waits this once. */
const QUIET_MS = 5;
/** How long the oldest submission of a turn waits at most while others keep arriving. */
const MOST_GATHER_MS = 500;
const TURN_TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;
const CLASH = 'Another operation on this item was started at the same moment. Wait for it to finish.';

interface Queue {
  /** In the order they arrived. */
  waiting: Submission[];
  /** Submissions announced whose requests are still reading what they need. */
  expected: number;
  deciding: boolean;
}

const queues = new WeakMap<Db, Map<string, Queue>>();

/**
 * Announces a submission on its way: its request is still reading what the submission needs.
 * The vault's next turn waits for it (MOST_GATHER_MS at most), so that a burst sent at once is
 * decided in one turn. Call the function returned once it is submitted, or will not be.
 */
export function expectReprotect(vaultId: string, db: Db = getDb()): () => void {
  const queue = queueOf(db, vaultId);
  queue.expected += 1;
  let arrived = false;
  return () => {
    if (!arrived) queue.expected -= 1;
    arrived = true;
  };
}

function queueOf(db: Db, vaultId: string): Queue {
  let byVault = queues.get(db);
  if (!byVault) queues.set(db, (byVault = new Map()));
  let queue = byVault.get(vaultId);
  if (!queue) byVault.set(vaultId, (queue = { waiting: [], expected: 0, deciding: false }));
  return queue;
}

/** Decides a parsed submission in the vault's next turn; a revoked role rejects with AccessRevoked. */
export function decideReprotectInTurn(db: Db, vaultId: string, input: ReprotectInput): Promise<ReprotectOutcome> {
  const scope = currentActivityScope();
  return new Promise((resolve, reject) => {
    const queue = queueOf(db, vaultId);
    queue.waiting.push({ input, scope, arrivedAt: performance.now(), settle: (settled) => ('error' in settled ? reject(settled.error) : resolve(settled.outcome)) });
    // The turns run outside the first caller's scope: each submission names its own caller.
    if (!queue.deciding) void withoutActivityScope(() => takeTurns(db, vaultId, queue));
  });
}

async function takeTurns(db: Db, vaultId: string, queue: Queue): Promise<void> {
  queue.deciding = true;
  try {
    while (queue.waiting.length > 0) {
      await gathered(queue);
      const turn = queue.waiting.splice(0, MOST_PER_TURN);
      const settled = await decideTurn(db, vaultId, turn).catch((error: unknown) => turn.map((): Settled => ({ error })));
      turn.forEach((submission, index) => submission.settle(settled[index]!));
    }
  } finally {
    queue.deciding = false;
  }
}

/**
 * Until submissions stop arriving (none announced, none for QUIET_MS), or the oldest has waited
 * MOST_GATHER_MS: a burst is then decided in one turn instead of a turn for its first
 * submission and more for the rest, each holding the database while the others arrive.
 */
async function gathered(queue: Queue): Promise<void> {
  for (;;) {
    const now = performance.now();
    const quiet = queue.expected > 0 ? QUIET_MS : QUIET_MS - (now - queue.waiting.at(-1)!.arrivedAt);
    const patience = MOST_GATHER_MS - (now - queue.waiting[0]!.arrivedAt);
    if (quiet <= 0 || patience <= 0 || queue.waiting.length >= MOST_PER_TURN) return;
    await sleep(Math.min(quiet, patience));
  }
}

/**
 * One turn in one transaction. Should it fail as a whole (a clash with a writer that does
 * not queue here, a busy database), each of its submissions is decided again on its own,
 * so that one submission's trouble is not its neighbours'.
 */
async function decideTurn(db: Db, vaultId: string, turn: Submission[]): Promise<Settled[]> {
  try {
    const { settled, recorded } = await db.$transaction((tx) => decideTogether(tx, vaultId, turn), TURN_TX_OPTIONS);
    // Recorded once committed: runRecordedWrite checks that every accepted write was.
    for (const scope of recorded) scope.recorded = true;
    return settled;
  } catch (error) {
    if (turn.length > 1) {
      const alone: Settled[] = [];
      for (const submission of turn) alone.push(...(await decideTurn(db, vaultId, [submission])));
      return alone;
    }
    if (isUniqueViolation(error)) return [{ outcome: failure('conflict', CLASH, { item: CLASH }) }];
    if (isDatabaseBusy(error)) return [{ outcome: busyFailure() }];
    return [{ error }];
  }
}

/**
 * The submissions' items and chosen master targets locked (in the global lock order),
 * their callers' roles read again, every rule run in turn on the data as it is now, and
 * the accepted ones queued with their activity entries.
 */
async function decideTogether(tx: Prisma.TransactionClient, vaultId: string, turn: Submission[]): Promise<{ settled: Settled[]; recorded: ActivityScope[] }> {
  const inputs = turn.map((submission) => submission.input);
  await lockForReprotect(tx, { itemIds: inputs.map((input) => input.itemId), masterTargetIds: inputs.map((input) => input.masterTargetId) });
  const revoked = await revokedScopes(tx, turn.map((submission) => submission.scope));
  const allowed = turn.filter((submission) => !submission.scope || !revoked.has(submission.scope));
  const factsById = await loadChosenReprotectFactsForItems(tx, vaultId, allowed.map((submission) => submission.input));

  const judged = allowed.flatMap((submission) => {
    const facts = factsById.get(submission.input.itemId);
    return facts ? [{ submission, facts, selection: submission.input, jobId: randomUUID() }] : [];
  });
  const decisions = new Map(decideInTurn(judged).map((decision, index) => [judged[index]!.submission, { ...judged[index]!, ...decision }]));

  const now = Date.now();
  const queued: Array<QueuedReprotect & { scope: ActivityScope | undefined }> = [];
  const settled = turn.map((submission): Settled => {
    if (submission.scope && revoked.has(submission.scope)) return { error: new AccessRevoked(submission.scope.vault!.name) };
    const decided = decisions.get(submission);
    if (!decided) return { outcome: failure('not-found', 'The replicated item no longer exists.') };
    if (!decided.accepted) return { outcome: refusedBy(decided.evaluation.blockers, 'Reprotect is not possible.') };
    const { facts, jobId } = decided;
    // In the order they arrived, for the runner's queue.
    const placement = { id: jobId, createdAt: new Date(now + queued.length), ...jobStarter(submission.scope) };
    queued.push({ ...queuedReprotect(vaultId, facts.item, submission.input, facts.failbackPolicy!.id, placement), scope: submission.scope });
    return { outcome: { ok: true, data: { jobId } } };
  });

  if (queued.length > 0) await queueReprotectJobs(tx, queued);
  const entries = queued.flatMap(({ job, scope }) =>
    scope ? [{ origin: scope, details: { result: 'Started' as const, jobId: job.id, target: { type: 'replicatedItem', id: job.replicatedItemId, name: job.targetObjectName } } }] : [],
  );
  if (entries.length > 0) await appendActivities(tx, entries);
  return { settled, recorded: entries.map((entry) => entry.origin) };
}
