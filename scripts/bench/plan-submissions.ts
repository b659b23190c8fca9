import type { Db } from '../../lib/data/db';
import type { ActionResult } from '../../lib/schemas/action-result';
import { percentile } from './http';

// How the recovery plan scenarios time a submission: one warm-up run, then `samples` runs,
// each checked for one job per machine and followed by a reset of the plan; prints p50 and
// max, and meets the target when the slowest run does.

export interface PlanSubmissionTiming {
  db: Db;
  machines: number;
  samples: number;
  targetMs: number;
  /** What one submission does, for the printout. */
  work: string;
  submit: () => Promise<ActionResult<{ jobId: string }>>;
  reset: () => Promise<void>;
}

export async function timePlanSubmissions({ db, machines, samples, targetMs, work, submit, reset }: PlanSubmissionTiming): Promise<boolean> {
  const times: number[] = [];
  for (let i = 0; i <= samples; i++) {
    const start = performance.now();
    const result = await submit();
    const elapsed = performance.now() - start;
    if (!result.ok) throw new Error(`the bench plan was refused: ${result.error.message}`);
    // The first run warms up the query engine and is not counted.
    if (i > 0) times.push(elapsed);
    const jobs = await db.job.count({ where: { parentJobId: result.data.jobId } });
    if (jobs !== machines) throw new Error(`expected ${machines} machine jobs, found ${jobs}`);
    await reset();
  }
  console.log(`  submit (${work})`);
  console.log(`  p50 ${percentile(times, 50).toFixed(0)} ms   max ${Math.max(...times).toFixed(0)} ms   (${times.map((time) => time.toFixed(0)).join(', ')})`);
  return Math.max(...times) <= targetMs;
}
