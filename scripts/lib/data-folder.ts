import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { acquireLock, isHeld, readLock, type HeldLock, type LockHolder } from './pid-lock';
import { diskFullProblem, shownPath, StartupProblem } from './problems';

// The embedded database's folder has one owner at a time: the process that opened PGlite on
// it (npm start, or a db script when no portal runs). PGlite has no lock of its own, and two
// processes writing one folder corrupt it. The owner also leaves the database's address and
// this run's password in the folder, readable by the owner's user only, for the worker and the
// db scripts to connect through it.

export const DEFAULT_DATA_DIR = path.join('.data', 'pglite');
const LOCK_FILE = 'portal.lock';
const URL_FILE = 'portal.database-url';

export function dataDir(): string {
  return path.resolve(process.env.VAULT_DATA_DIR || DEFAULT_DATA_DIR);
}

export const lockFile = (folder: string) => path.join(folder, LOCK_FILE);

/** Where the running owner keeps its database URL, password included. */
export function embeddedUrlFile(folder = dataDir()): string {
  return path.join(folder, URL_FILE);
}

/** The files of the portal itself in the data folder, which are not the database's. */
export const PORTAL_FILES = [LOCK_FILE, URL_FILE];

function describe(holder: LockHolder): string {
  const where = [`pid ${holder.pid}`];
  if (holder.details.portal) where.push(String(holder.details.portal));
  if (holder.host !== hostname()) where.push(`on ${holder.host}`);
  return `${holder.command} (${where.join(', ')})`;
}

export function heldProblem(folder: string, holder: LockHolder): StartupProblem {
  const shown = shownPath(folder);
  return new StartupProblem(
    `The data folder ${shown} is in use by ${describe(holder)}: use that portal, or stop it first. ` +
      `To run a second portal beside it, give it a folder and port of its own, e.g. VAULT_DATA_DIR=.data/second PORT=3001 npm start.`,
  );
}

export interface DataFolderOwnership {
  lock: HeldLock;
  /** Publishes the database's URL for the worker and the db scripts. */
  publish(url: string): void;
  release(): void;
}

const nearestExisting = (folder: string): string => (existsSync(folder) || path.dirname(folder) === folder ? folder : nearestExisting(path.dirname(folder)));

/**
 * Creates the folder if needed and makes sure it can be written. A failure is reported as what
 * the file system says about the nearest folder that exists (mkdir on a read-only file system
 * can say ENOENT), so that "not writable" is named as such.
 */
function ensureWritable(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    // Throws the more telling error (EROFS, EACCES) when the nearest existing folder is the cause.
    accessSync(nearestExisting(folder), constants.W_OK);
    throw error;
  }
}

/** Becomes the folder's one owner, or stops with a message naming the current one. */
export function ownDataFolder(folder: string, command: string, details: Record<string, string | number> = {}): DataFolderOwnership {
  ensureWritable(folder);
  const result = acquireLock(lockFile(folder), command, details);
  if (!isHeld(result)) throw heldProblem(folder, result);
  const lock = result;
  if (lock.tookOverFrom) {
    console.log(`${describe(lock.tookOverFrom)} stopped without releasing ${shownPath(folder)}; this process takes it over.`);
  }
  const urlFile = embeddedUrlFile(folder);
  rmSync(urlFile, { force: true });
  // Left beside the folder by versions that kept the URL there.
  rmSync(`${folder}.url`, { force: true });
  return {
    lock,
    publish(url) {
      const scratch = `${urlFile}.${process.pid}.tmp`;
      writeFileSync(scratch, url, { mode: 0o600 });
      chmodSync(scratch, 0o600);
      renameSync(scratch, urlFile);
      lock.update({ database: new URL(url).port });
    },
    release() {
      rmSync(urlFile, { force: true });
      lock.release();
    },
  };
}

export type RunningPortal =
  | { state: 'running'; url: string; holder: LockHolder }
  | { state: 'starting'; holder: LockHolder }
  | { state: 'stopped'; holder?: LockHolder };

/** Whether a portal (or a db script) owns the folder now, and its database URL once published. */
export function runningPortal(folder = dataDir()): RunningPortal {
  const lock = readLock(lockFile(folder));
  if (lock.state === 'free') return { state: 'stopped' };
  if (lock.state === 'stale') return { state: 'stopped', holder: lock.holder };
  const urlFile = embeddedUrlFile(folder);
  if (!existsSync(urlFile)) return { state: 'starting', holder: lock.holder };
  return { state: 'running', url: readFileSync(urlFile, 'utf8').trim(), holder: lock.holder };
}

/** The running portal's database, or the problem that there is none, for commands that cannot open the folder themselves. */
export function runningPortalUrl(folder: string, command: string): string {
  const portal = runningPortal(folder);
  const shown = shownPath(folder);
  if (portal.state === 'running') return portal.url;
  if (portal.state === 'starting') {
    throw new StartupProblem(`The portal (pid ${portal.holder.pid}) is still starting on ${shown}: run ${command} again once it says it is ready.`);
  }
  if (portal.holder) {
    throw new StartupProblem(
      `The portal that used ${shown}, ${describe(portal.holder)}, is no longer running: it did not stop cleanly. Start it again with npm start, then run ${command}.`,
    );
  }
  throw new StartupProblem(`No portal is running on ${shown}: start it with npm start first, or set DATABASE_URL to use a PostgreSQL server.`);
}

/** A new demo vault takes about 45 MB with its first WAL segment; a start needs room to write. */
export const MIN_FREE_MB = 64;

/** Stops before the build when the folder's disk could not take the database's writes. */
export function assertDiskSpace(folder: string): void {
  const { bavail, bsize } = statfsSync(nearestExisting(folder));
  const freeMb = (Number(bavail) * Number(bsize)) / 2 ** 20;
  if (freeMb < MIN_FREE_MB) throw diskFullProblem(folder, `${freeMb.toFixed(1)} MB free`);
}
