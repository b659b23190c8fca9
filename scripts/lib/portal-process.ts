import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { embeddedUrlFile } from './data-folder';
import { OWNER_FLAGS } from './server-memory';

// The portal started exactly as `npm start` starts it, for the benchmark and the tests that
// check start-up, stop and recovery against the real processes.

export interface PortalProcess {
  baseUrl: string;
  pid: number;
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves with the milliseconds from the command to the first healthy answer. */
  healthy(timeoutMs?: number): Promise<number>;
  /** The embedded database's URL as the running portal publishes it. */
  databaseUrl(): string;
  /** Sends the signal to the portal's first process, as a service manager does, and waits for the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL to every process of the portal at once, as a power cut or the OOM killer of a container would. */
  kill(): Promise<void>;
  exited: Promise<number | null>;
}

export interface PortalOptions {
  dataDir: string;
  port: number;
  env?: Record<string, string | undefined>;
  command?: 'start' | 'dev';
}

/** An environment without the developer's own portal settings, plus `env`. */
export function portalEnv(env: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const clean: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of Object.keys(clean)) if (/^(VAULT_|DATABASE_URL$|PORT$|HOST$|DEBUG$)/.test(name)) delete clean[name];
  for (const [name, value] of Object.entries(env)) if (value !== undefined) clean[name] = value;
  return clean;
}

/** A port nothing listens on now (from the system's ephemeral range). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function startPortalProcess({ dataDir, port, env = {}, command = 'start' }: PortalOptions): PortalProcess {
  const started = performance.now();
  const flags = command === 'start' ? OWNER_FLAGS : [];
  const child = spawn(process.execPath, [...flags, path.join('scripts', 'launch.mjs'), command], {
    env: portalEnv({ PORT: String(port), VAULT_DATA_DIR: dataDir, ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that kill() reaches the children too.
    detached: true,
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    pid: child.pid!,
    child,
    exited,
    output: () => text,
    async healthy(timeoutMs = 600_000) {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}:\n${text}`);
        try {
          if ((await fetch(`${baseUrl}/api/health`)).ok) return performance.now() - started;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`the portal did not answer within ${timeoutMs / 1000} s:\n${text}`);
    },
    databaseUrl() {
      const file = embeddedUrlFile(path.resolve(dataDir));
      if (!existsSync(file)) throw new Error(`the portal has not published its database in ${file}`);
      return readFileSync(file, 'utf8').trim();
    },
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) process.kill(child.pid!, signal);
      return exited;
    },
    async kill() {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
      await exited;
    },
  };
}
