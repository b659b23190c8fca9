import { createPrismaClient } from '../../../lib/data/db';
import { createBenchVault } from '../../../lib/data/seed/bench-vault';
import { createRunner } from '../../../lib/jobs/runner';
import { describeScriptBytes, gzippedScriptBytes, percentile, report, timeRequests } from '../http';
import { printMemory } from '../memory';
import { defineScenario } from '../scenarios';
import { queueReprotects } from './jobs-load';
import { JS_BUDGET_KB } from './replicated-items';

const SAMPLES = 60;
const LIST_JOBS = 100_000;
const RUNNING_JOBS = 200;

export const jobsList = defineScenario({
  name: 'jobs-list',
  title: `Jobs list over ${LIST_JOBS.toLocaleString('en')} jobs (target: p95 <= 3x the trivial route; JS <= ${JS_BUDGET_KB} KB gzipped, as for Replicated items)`,
  prepare: (db) => createBenchVault(db, { items: 2_000, jobs: LIST_JOBS, name: 'bench-jobs' }),
  async run({ baseUrl, data, portalPid }) {
    const api = `${baseUrl}/api/vaults/${data.vaultName}/jobs`;
    const baseline = await timeRequests('trivial route GET /api/health', `${baseUrl}/api/health`, SAMPLES);
    const timings = [];
    for (const [label, query] of [
      ['page 1, all jobs', ''],
      ['Failed, page 3', '?status=Failed&page=3'],
      ['Reprotect, last 7 days', '?type=ReverseReplication&range=7d'],
      ['item contains "web", last 24 hours', '?q=web&range=24h'],
      ['page 200', '?page=200'],
    ] as const) {
      timings.push(await timeRequests(`data ${label}`, `${api}${query}`, SAMPLES));
    }
    const met = report(timings, baseline, 3);
    const page = await timeRequests('page /jobs?status=Failed (server render)', `${baseUrl}/vaults/${data.vaultName}/jobs?status=Failed`, 20);
    const csv = await timeRequests('CSV export of Failed jobs (all pages)', `${api}/export?status=Failed`, 3, 1);
    for (const timing of [page, csv]) {
      console.log(`  ${timing.label.padEnd(44)} ${percentile(timing.samples, 50).toFixed(1).padStart(8)} ${percentile(timing.samples, 95).toFixed(1).padStart(8)}   (for reference)`);
    }
    // The same budget as the grid route: the same shell, a filtered, paged, polled Fluent table.
    const js = await gzippedScriptBytes(`${baseUrl}/vaults/${data.vaultName}/jobs`);
    const grid = await gzippedScriptBytes(`${baseUrl}/vaults/${data.vaultName}/replicated-items`);
    const jsMet = js.bytes / 1024 <= JS_BUDGET_KB;
    console.log(`  client JavaScript of the route: ${describeScriptBytes(js, JS_BUDGET_KB)}; Replicated items: ${(grid.bytes / 1024).toFixed(1)} KB`);
    printMemory(`after the list over ${LIST_JOBS.toLocaleString('en')} jobs`, portalPid);
    return met && jsMet;
  },
});

export const jobsLoad = defineScenario({
  name: 'jobs-load',
  title: `Replicated items while ${RUNNING_JOBS} reprotect jobs run (target: p95 <= 2x its idle figure)`,
  async prepare(db) {
    // Enough master targets that 200 more VMs fit under their disk limit.
    const vault = await createBenchVault(db, { items: 3_000, masterTargets: 80, name: 'bench-job-load' });
    const jobIds = await queueReprotects(db, vault.vaultId, RUNNING_JOBS);
    return { ...vault, jobIds };
  },
  async run({ baseUrl, databaseUrl, data, portalPid }) {
    const page = `${baseUrl}/api/vaults/${data.vaultName}/replicated-items?q=web&state=UnplannedFailoverCommitted`;
    const idle = await timeRequests('replicated items, idle', page, SAMPLES);

    // Realistic timing keeps every job running (minutes each) for the whole measurement.
    const runnerDb = createPrismaClient(databaseUrl, 20);
    const runner = createRunner({ db: runnerDb, speed: 'realistic', concurrency: RUNNING_JOBS, pollMs: 200, recoveryPoints: false, siteHeartbeats: false });
    runner.start();
    try {
      const deadline = Date.now() + 120_000;
      let running = 0;
      while (running < RUNNING_JOBS && Date.now() < deadline) {
        running = await runnerDb.job.count({ where: { id: { in: data.jobIds }, state: 'InProgress' } });
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      console.log(`  ${running} of ${RUNNING_JOBS} jobs in progress during the measurement`);
      const loaded = await timeRequests(`replicated items, ${RUNNING_JOBS} jobs running`, page, SAMPLES);
      const stillRunning = await runnerDb.job.count({ where: { id: { in: data.jobIds }, state: 'InProgress' } });
      console.log(`  ${stillRunning} still in progress after it`);
      printMemory(`with ${RUNNING_JOBS} jobs running (their runner is the bench's own process)`, portalPid);
      return report([loaded], idle, 2) && running === RUNNING_JOBS && stillRunning === RUNNING_JOBS;
    } finally {
      await runner.stop();
      await runnerDb.$disconnect();
    }
  },
});
