import { linkSync, mkdirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

// A lock file that names its holder: pid, host, and the process's start time (so that a pid
// reused after a reboot or in a restarted container is not taken for the holder). A lock whose
// holder is gone is stale and is taken over; taking over happens under a short-lived guard
// folder, so two processes finding the same stale lock cannot both end up holding it.

export interface LockHolder {
  pid: number;
  host: string;
  /** Start time of the process in clock ticks since boot (Linux), '' where unknown. */
  started: string;
  /** What the holder is, for messages: e.g. "npm start". */
  command: string;
  /** Anything the holder wants others to know (its address, its database port). */
  details: Record<string, string | number>;
}

export type LockState = { state: 'free' } | { state: 'held'; holder: LockHolder } | { state: 'stale'; holder: LockHolder };

/** Field 22 of /proc/<pid>/stat: when the process started. */
function processStart(pid: number): string {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

function alive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // cannot look at another machine: assume it is there
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStart(holder.pid);
  return !holder.started || !started || started === holder.started;
}

export function readLock(file: string): LockState {
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'free' };
    // Written whole (see write()), so an unreadable lock is damaged, not half-written.
    return { state: 'stale', holder: { pid: 0, host: hostname(), started: '', command: 'unknown', details: {} } };
  }
  return alive(holder) ? { state: 'held', holder } : { state: 'stale', holder };
}

function write(file: string, holder: LockHolder, replace: boolean): void {
  const scratch = `${file}.${process.pid}.tmp`;
  writeFileSync(scratch, `${JSON.stringify(holder, null, 2)}\n`);
  try {
    // link() fails when the lock exists; rename() replaces it (only ever done by the holder).
    if (replace) renameSync(scratch, file);
    else linkSync(scratch, file);
  } finally {
    if (!replace) unlinkSync(scratch);
  }
}

const GUARD_MAX_AGE_MS = 10_000;

function removeStale(file: string, stale: LockHolder): void {
  const guard = `${file}.takeover`;
  try {
    mkdirSync(guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Another process is taking over right now, or died doing it (then its guard is old). Its
    // guard may be gone by the time we look: then it has finished, and the caller looks again.
    if (guardAge(guard) > GUARD_MAX_AGE_MS) removeGuard(guard);
    return;
  }
  try {
    const now = readLock(file);
    const same = now.state === 'stale' && now.holder.pid === stale.pid && now.holder.started === stale.started;
    if (same) unlinkSync(file);
  } finally {
    removeGuard(guard);
  }
}

const ignoringMissing = <T>(read: () => T, otherwise: T): T => {
  try {
    return read();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return otherwise;
  }
};

const guardAge = (guard: string) => ignoringMissing(() => Date.now() - statSync(guard).mtimeMs, 0);
// A guard older than the limit may be cleared by another process while its owner still finishes.
const removeGuard = (guard: string) => ignoringMissing(() => rmdirSync(guard), undefined);

export interface HeldLock {
  /** The holder whose stale lock this one replaced, if any. */
  tookOverFrom?: LockHolder;
  update(details: Record<string, string | number>): void;
  release(): void;
}

/** Takes the lock, or returns who holds it. */
export function acquireLock(file: string, command: string, details: Record<string, string | number> = {}): HeldLock | LockHolder {
  mkdirSync(path.dirname(file), { recursive: true });
  const holder: LockHolder = { pid: process.pid, host: hostname(), started: processStart(process.pid), command, details };
  let tookOverFrom: LockHolder | undefined;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      write(file, holder, false);
      return heldLock(file, holder, tookOverFrom);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readLock(file);
    if (current.state === 'held') return current.holder;
    if (current.state === 'stale') {
      tookOverFrom = current.holder;
      removeStale(file, current.holder);
    }
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  }
  throw new Error(`could not take the lock ${file}: it keeps changing hands`);
}

function heldLock(file: string, holder: LockHolder, tookOverFrom: LockHolder | undefined): HeldLock {
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    const current = readLock(file);
    if (current.state !== 'free' && current.holder.pid === holder.pid && current.holder.started === holder.started) unlinkSync(file);
  };
  // The last resort: an exit of any kind that runs JavaScript still releases the lock.
  process.on('exit', release);
  return {
    tookOverFrom,
    update(details) {
      holder.details = { ...holder.details, ...details };
      write(file, holder, true);
    },
    release,
  };
}

export const isHeld = (result: HeldLock | LockHolder): result is HeldLock => 'release' in result;
