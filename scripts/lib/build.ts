import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildIsStale, recordBuild, STAMP } from './build-freshness';
import { acquireLock, isHeld, type HeldLock } from './pid-lock';
import { StartupProblem } from './problems';

export const NEXT_BIN = createRequire(path.join(process.cwd(), 'package.json')).resolve('next/dist/bin/next');
/** Kept after a failed build: the message points to its first error, the log holds the rest. */
export const BUILD_LOG = path.join('.next', 'build-output.log');
const BUILD_LOCK = path.join('node_modules', '.cache', 'vault-portal', 'build.lock');

const SOURCE = String.raw`((?:[\w@().[\]-]+\/)*[\w@().[\]-]+\.(?:tsx?|jsx?|mjs|cjs|css|json))`;
/** Turbopack: "./app/page.tsx:3:21", the message on a following line. */
const LOCATION = new RegExp(String.raw`^\s*(?:\.\/)?${SOURCE}:(\d+):(\d+)\s*$`);
/** The type check: "app/page.tsx(2,9): error TS2322: Type 'string' is not …". */
const TYPE_ERROR = new RegExp(String.raw`^\s*(?:\.\/)?${SOURCE}\((\d+),(\d+)\): error TS\d+: (.+)$`);
const CODE_EXCERPT = /^(>?\s*\d*\s*\||\s*\^)/;

/** A path Next printed relative to its workspace root, made relative to the project when it can be found. */
function fromProject(printed: string, cwd: string): string {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, printed))) return path.relative(cwd, path.join(dir, printed));
    if (path.dirname(dir) === dir) return printed;
  }
}

/** The first error of a failed `next build`, as "file:line:column (message)". */
export function firstBuildError(output: string, cwd = process.cwd()): string | undefined {
  const lines = output.split('\n').map((line) => line.replace(/\x1b\[[0-9;]*m/g, '').trimEnd());
  for (const [index, line] of lines.entries()) {
    const typeError = TYPE_ERROR.exec(line);
    if (typeError) return `${fromProject(typeError[1]!, cwd)}:${typeError[2]}:${typeError[3]} (${typeError[4]})`;
    const location = LOCATION.exec(line);
    if (!location) continue;
    const message = lines
      .slice(index + 1)
      .map((next) => next.trim())
      .find((next) => next !== '' && !CODE_EXCERPT.test(next));
    const where = `${fromProject(location[1]!, cwd)}:${location[2]}:${location[3]}`;
    return message ? `${where} (${message.replace(/^Error: /, '')})` : where;
  }
  return lines.find((line) => /error/i.test(line) && !/^\s*at /.test(line))?.trim();
}

async function waitForBuildLock(): Promise<HeldLock> {
  for (let announced = false; ; ) {
    const result = acquireLock(BUILD_LOCK, 'next build');
    if (isHeld(result)) return result;
    if (!announced) console.log(`Waiting for the build that pid ${result.pid} is making...`);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * Builds the portal when the build is missing or older than the sources. Two starts at once
 * (two data folders) share one build: the second waits for the first. A failed build stops
 * the start before the database is opened, so nothing in it changes.
 */
export async function ensureBuild(untouched: string, track: (child: ReturnType<typeof spawn>) => void): Promise<void> {
  if (!buildIsStale()) return;
  const lock = await waitForBuildLock();
  try {
    if (!buildIsStale()) return;
    rmSync(STAMP, { force: true });
    console.log('Building the portal (first start, or the sources changed); this takes a minute or two...');
    const started = Date.now();
    const verbose = /^(1|true|yes|on)$/i.test(process.env.DEBUG ?? '');
    const child = spawn(process.execPath, [NEXT_BIN, 'build'], {
      stdio: ['ignore', verbose ? 'inherit' : 'pipe', verbose ? 'inherit' : 'pipe'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    track(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    if (code !== 0) {
      mkdirSync(path.dirname(BUILD_LOG), { recursive: true });
      writeFileSync(BUILD_LOG, output);
      const first = firstBuildError(output);
      throw new StartupProblem(
        `The build failed${first ? ` at ${first}` : ''}: fix that and start again; ${untouched} was not touched.` +
          `\n  The whole build output is in ${BUILD_LOG}${verbose ? ' (and above)' : ''}.`,
      );
    }
    recordBuild();
    console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  } finally {
    lock.release();
  }
}
