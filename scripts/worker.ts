// npm run worker — a job runner in its own process, beside the portal or on another
// machine. It uses DATABASE_URL, else the embedded database of a running `npm start`.
// Several workers (and the portal's own runner) share the queue safely.
import { createPrismaClient } from '../lib/data/db';
import { createRunner } from '../lib/jobs/runner';
import { portalDatabase } from './lib/command-database';
import { runCommand } from './lib/problems';

await runCommand(async () => {
  const { url } = await portalDatabase('npm run worker');
  const db = createPrismaClient(url, 5);
  const runner = createRunner({ db });
  runner.start();
  console.log(`Job runner ${runner.id} working on ${new URL(url).host}. Ctrl+C to stop.`);

  let stopping = false;
  async function shutdown(signal: NodeJS.Signals): Promise<void> {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping; running jobs are released for another runner.`);
    try {
      await runner.stop();
      await db.$disconnect();
      process.exit(0);
    } catch (error) {
      console.error(error);
      process.exit(1);
    }
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, (received) => void shutdown(received));
});
