import 'server-only';
import { getDb } from '../data/db';
import { createRunner, type Runner } from './runner';

// The Next.js server process's part in the portal's lifetime (started from instrumentation.ts):
// its job runner; a stop that gives the runner's jobs back before the process exits, so that
// another runner continues them at once instead of waiting out their lease; and an end to the
// server when the process that owns its database is gone.

/** How long a stop waits for running steps to reach a point where their job can be given back. */
const STOP_TIMEOUT_MS = 15_000;
const OWNER_CHECK_MS = 2_000;

export async function startServerLifecycle(): Promise<void> {
  const runner = process.env.VAULT_RUNNER === 'off' ? undefined : startRunner();
  // Set by npm start, which then leaves the signals to this handler rather than to Next's,
  // which would exit before the runner had given its jobs back.
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        void stopRunner(runner).finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
      });
    }
  }
  watchOwner(Number(process.env.VAULT_OWNER_PID));
}

function startRunner(): Runner | undefined {
  try {
    const runner = createRunner({ db: getDb() });
    runner.start();
    console.log(`Job runner ${runner.id} started.`);
    return runner;
  } catch (error) {
    console.error('The job runner did not start; jobs stay queued until a runner (npm run worker) takes them.', error);
    return undefined;
  }
}

async function stopRunner(runner: Runner | undefined): Promise<void> {
  if (!runner) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)));
  try {
    await Promise.race([runner.stop(), timeout]);
  } catch (error) {
    console.error('[job-runner] stopping failed; its jobs are taken over once their lease runs out', error);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The owner (npm start) holds the database this server uses. Killed outright, it cannot stop
 * this server, which would then keep the port with no database behind it.
 */
function watchOwner(ownerPid: number): void {
  if (!(ownerPid > 0)) return;
  setInterval(() => {
    try {
      process.kill(ownerPid, 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ESRCH') return;
      console.error(`The portal's database process (pid ${ownerPid}) has ended; this server stops too.`);
      process.exit(1);
    }
  }, OWNER_CHECK_MS).unref();
}
