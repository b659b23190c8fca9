import 'server-only';
import { setMaxListeners } from 'node:events';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../data/db';
import { parseJobSpeed, type JobSpeed } from '../domain/jobs/job-state';
import { recoveryPointTickMs } from '../domain/jobs/recovery-points';
import { claimNextJob, heartbeat, releaseJob, type ClaimedJob } from './claim';
import { executeJob } from './execute';
import { tickRecoveryPoints } from './recovery-points';
import { routineMaintenance } from '../data/maintenance';
import { HEARTBEAT_INTERVAL_MS, tickHeartbeats } from './site-heartbeats';

/** Routine maintenance (the embedded database's statistics) runs every this many site ticks (and at start). */
const STATISTICS_EVERY_TICKS = 10;
import { defaultRegistry, type JobRegistry } from './registry';
import type { InterruptReason, RunnerHooks } from './types';
import { abortableDelay } from './wait';

export interface RunnerOptions {
  db: Db;
  /** Written to Job.claimedBy; unique per runner (defaults to host, pid and a random part). */
  runnerId?: string;
  /** Defaults to VAULT_JOB_SPEED. */
  speed?: JobSpeed;
  /** How long an idle slot waits before looking for work again. */
  pollMs?: number;
  /** A job whose heartbeat is older than this is taken to be abandoned by a dead runner. */
  leaseMs?: number;
  /** Jobs that do work, run at the same time by this runner. */
  concurrency?: number;
  /** Jobs that only follow their children (a recovery plan's), followed at the same time beside those; they cost a poll each. */
  followers?: number;
  /** Claims beyond this fail the job instead of running it again (a job that keeps killing its runner). */
  maxClaims?: number;
  /** Whether start() also adds and prunes recovery points of reprotected items. */
  recoveryPoints?: boolean;
  /** Refresh the heartbeats of the simulated site's running agents. */
  siteHeartbeats?: boolean;
  registry?: JobRegistry;
  hooks?: RunnerHooks;
  log?: (message: string, error?: unknown) => void;
}

export interface Runner {
  readonly id: string;
  /** Polls for work in the background until stop(). */
  start(): void;
  /** Stops claiming, interrupts running steps at their next wait, releases their jobs, and resolves once idle. */
  stop(): Promise<void>;
  /** Claims one job and runs it as far as it goes; false when there was nothing to claim. */
  runOnce(): Promise<boolean>;
}

const defaultLog = (message: string, error?: unknown) => console.error(`[job-runner] ${message}`, error ?? '');

export function createRunner(options: RunnerOptions): Runner {
  const { db } = options;
  const id = options.runnerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const speed = options.speed ?? parseJobSpeed(process.env.VAULT_JOB_SPEED);
  const pollMs = options.pollMs ?? 1_000;
  const leaseMs = options.leaseMs ?? 30_000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const followers = Math.max(1, options.followers ?? 32);
  const maxClaims = options.maxClaims ?? 5;
  const registry = options.registry ?? defaultRegistry;
  const log = options.log ?? defaultLog;

  const stopping = new AbortController();
  // Every running step waits on this signal; hundreds of jobs at once are expected.
  setMaxListeners(0, stopping.signal);
  const inFlight = new Set<Promise<unknown>>();
  const loops: Promise<void>[] = [];

  function track<T>(work: Promise<T>): Promise<T> {
    inFlight.add(work);
    void work.then(
      () => inFlight.delete(work),
      () => inFlight.delete(work),
    );
    return work;
  }

  const claim = (scenarios: string[]) => claimNextJob(db, { runnerId: id, leaseMs, scenarios });

  async function run(job: ClaimedJob): Promise<void> {
    const handler = registry.get(job.scenarioName);
    if (!handler) return; // claimNextJob only returns registered scenarios

    const jobAbort = new AbortController();
    const interrupt = (reason: InterruptReason) => {
      if (!jobAbort.signal.aborted) jobAbort.abort(reason);
    };
    const onStop = () => interrupt('stopped');
    stopping.signal.addEventListener('abort', onStop, { once: true });
    // A claim that was on its way when stop() began: give the job back instead of running it.
    if (stopping.signal.aborted) onStop();
    // Three beats per lease: one slow write or a short database hiccup does not lose the job.
    const beat = setInterval(() => {
      heartbeat(db, job.id, id).then(
        (owned) => owned || interrupt('lost'),
        (error: unknown) => log(`heartbeat for job ${job.id} failed`, error),
      );
    }, Math.max(10, Math.floor(leaseMs / 3)));
    try {
      const result = await executeJob({ db, job, handler, runnerId: id, speed, signal: jobAbort.signal, hooks: options.hooks, maxClaims });
      if (result === 'interrupted' && jobAbort.signal.reason === 'stopped') await releaseJob(db, job.id, id);
    } catch (error) {
      // Most likely the database went away. The job keeps its claim; once the lease runs
      // out another runner (or this one) takes it and re-runs the interrupted step.
      log(`job ${job.id} stopped on an error`, error);
    } finally {
      clearInterval(beat);
      stopping.signal.removeEventListener('abort', onStop);
    }
  }

  async function runOnce(scenarios = registry.scenarios()): Promise<boolean> {
    if (stopping.signal.aborted) return false;
    return track(
      claim(scenarios).then(async (job) => {
        if (!job) return false;
        await run(job);
        return true;
      }),
    );
  }

  /** One work slot: a job at a time, start to end. */
  async function workLoop(): Promise<void> {
    const scenarios = registry.scenarios('work');
    while (!stopping.signal.aborted) {
      let ran = false;
      try {
        ran = await runOnce(scenarios);
      } catch (error) {
        log('claiming a job failed', error);
      }
      if (!ran) await abortableDelay(pollMs, stopping.signal).catch(() => undefined);
    }
  }

  /** Followers mostly wait: one loop claims them as they come, up to `followers` at once. */
  async function followLoop(): Promise<void> {
    const scenarios = registry.scenarios('follow');
    if (scenarios.length === 0) return;
    let following = 0;
    while (!stopping.signal.aborted) {
      let job: ClaimedJob | null = null;
      try {
        if (following < followers) job = await track(claim(scenarios));
      } catch (error) {
        log('claiming a job failed', error);
      }
      if (job) {
        following += 1;
        void track(run(job)).then(() => {
          following -= 1;
        });
      } else {
        await abortableDelay(pollMs, stopping.signal).catch(() => undefined);
      }
    }
  }

  async function recoveryPointLoop(): Promise<void> {
    const every = recoveryPointTickMs(speed);
    while (!stopping.signal.aborted) {
      try {
        await track(tickRecoveryPoints(db, { speed }));
      } catch (error) {
        log('recovery point tick failed', error);
      }
      await abortableDelay(every, stopping.signal).catch(() => undefined);
    }
  }

  async function heartbeatLoop(): Promise<void> {
    let ticks = 0;
    while (!stopping.signal.aborted) {
      try {
        await track(tickHeartbeats(db));
        if (ticks++ % STATISTICS_EVERY_TICKS === 0) await track(routineMaintenance(db));
      } catch (error) {
        log('site tick failed', error);
      }
      await abortableDelay(HEARTBEAT_INTERVAL_MS, stopping.signal).catch(() => undefined);
    }
  }

  return {
    id,
    start() {
      if (loops.length > 0 || stopping.signal.aborted) return;
      for (let slot = 0; slot < concurrency; slot++) loops.push(workLoop());
      loops.push(followLoop());
      if (options.recoveryPoints ?? true) loops.push(recoveryPointLoop());
      if (options.siteHeartbeats ?? true) loops.push(heartbeatLoop());
    },
    async stop() {
      if (!stopping.signal.aborted) stopping.abort('stopped');
      await Promise.allSettled([...loops, ...inFlight]);
    },
    runOnce: () => runOnce(),
  };
}
