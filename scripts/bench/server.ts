import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { buildIsStale, recordBuild } from '../lib/build-freshness';

export interface BenchServer {
  baseUrl: string;
  stop(): Promise<void>;
}

/** The production server on its own port and database, as operators run it. */
export async function startProductionServer(databaseUrl: string, port: number, env: Record<string, string> = {}): Promise<BenchServer> {
  const childEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: databaseUrl, ...env };
  if (buildIsStale()) {
    console.log('Building the portal...');
    const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit', env: childEnv });
    if (build.status !== 0) throw new Error('next build failed');
    recordBuild();
  }
  const child = spawn('npx', ['next', 'start', '-p', String(port)], { env: childEnv, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${baseUrl}/api/health`, child);
  return {
    baseUrl,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 60 s`);
}
