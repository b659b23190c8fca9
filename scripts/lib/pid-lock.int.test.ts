import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, isHeld, readLock, type LockHolder } from './pid-lock';

const scratch = mkdtempSync(path.join(tmpdir(), 'vault-lock-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const HOLDER = path.resolve('scripts', 'lib', 'pid-lock.ts');

/**
 * Another process that takes the lock (or reports who has it), holds it for `holdMs`, then lets
 * go. With `go`, it waits for that file to appear first, so that several start at the same moment.
 */
function contender(file: string, holdMs: number, go?: string) {
  const code = `
    import { existsSync } from 'node:fs';
    import { acquireLock, isHeld } from ${JSON.stringify(HOLDER)};
    const go = ${JSON.stringify(go ?? '')};
    console.log('ready');
    while (go && !existsSync(go)) await new Promise((resolve) => setTimeout(resolve, 10));
    const lock = acquireLock(${JSON.stringify(file)}, 'contender');
    console.log(isHeld(lock) ? 'took ' + (lock.tookOverFrom?.pid ?? 'free') : 'held by ' + lock.pid);
    if (isHeld(lock)) setTimeout(() => lock.release(), ${holdMs});`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let settle: (line: string) => void = () => undefined;
  const said = new Promise<string>((resolve) => (settle = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    lines.push(...chunk.toString().split('\n').filter(Boolean));
    const answer = lines.find((line) => line !== 'ready');
    if (answer) settle(answer);
  });
  // A contender that dies before answering says so, rather than leaving the test waiting.
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      settle(`exited ${code ?? signal} without an answer`);
      resolve();
    }),
  );
  return { child, said, exited, ready: () => lines.includes('ready') };
}

describe('a lock file naming its holder', () => {
  it('is held while its holder lives, stale once it is killed, and then taken over', async () => {
    const file = path.join(scratch, 'killed.lock');
    const holder = contender(file, 60_000);
    expect(await holder.said).toBe('took free');
    const seen = acquireLock(file, 'test');
    expect(isHeld(seen)).toBe(false);
    expect((seen as LockHolder).pid).toBe(holder.child.pid);

    holder.child.kill('SIGKILL');
    await holder.exited;
    expect(readLock(file).state).toBe('stale');
    const mine = acquireLock(file, 'test');
    expect(isHeld(mine) && mine.tookOverFrom?.pid).toBe(holder.child.pid);
    if (isHeld(mine)) mine.release();
    expect(readLock(file).state).toBe('free');
  });

  it('does not take a reused pid for its holder: the start time must match too', () => {
    const file = path.join(scratch, 'reused.lock');
    const stale: LockHolder = { pid: process.pid, host: hostname(), started: '1', command: 'npm start', details: {} };
    writeFileSync(file, JSON.stringify(stale));
    expect(readLock(file).state).toBe('stale');
  });

  it('lets exactly one of several processes that find the same stale lock take it', async () => {
    const file = path.join(scratch, 'race.lock');
    writeFileSync(file, JSON.stringify({ pid: 999_999, host: hostname(), started: '', command: 'npm start', details: {} }));
    const go = path.join(scratch, 'go');
    const racers = Array.from({ length: 8 }, () => contender(file, 5_000, go));
    // Every racer is running (its modules loaded) before any of them looks at the lock.
    while (racers.some((racer) => racer.child.exitCode === null && !racer.ready())) await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(go, '');
    const said = await Promise.all(racers.map((racer) => racer.said));
    expect(said.filter((line) => line.startsWith('took')).length).toBe(1);
    await Promise.all(racers.map((racer) => racer.exited));
    expect(readLock(file).state).toBe('free');
    expect(() => readFileSync(file)).toThrow();
  });
});
