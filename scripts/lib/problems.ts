import { userInfo } from 'node:os';
import path from 'node:path';

/**
 * Something the operator can fix: what is wrong and what to do, in a sentence or two. The
 * error that revealed it is kept as its detail, shown on one line below (in full with DEBUG=1).
 */
export class StartupProblem extends Error {
  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'StartupProblem';
  }
}

/** Turns an error into the problem it means, or undefined when it does not recognise it. */
export type Explain = (error: unknown) => StartupProblem | undefined;

export const debugging = () => /^(1|true|yes|on)$/i.test(process.env.DEBUG ?? '');

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined);

export function errnoCode(error: unknown): string | undefined {
  const code = codeOf(error);
  return typeof code === 'string' ? code : undefined;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? `${error.message}` : typeof error === 'object' ? JSON.stringify(error) : String(error);
  return text.split('\n').find((line) => line.trim() !== '')?.trim() ?? text;
}

/** Prints the problem an error stands for; returns the exit code. */
export function reportProblem(error: unknown, explainers: Explain[] = []): number {
  let problem = error instanceof StartupProblem ? error : undefined;
  for (const explain of explainers) problem ??= explain(error);
  problem ??= new StartupProblem(
    `The command stopped on an unexpected error (${firstLine(error)}): run it again with DEBUG=1 to see the whole error, and report it if it persists.`,
    error,
  );
  console.error(problem.message);
  const detail = problem.detail;
  if (detail !== undefined) {
    if (debugging()) console.error(detail);
    else console.error(`  cause: ${firstLine(detail)} (DEBUG=1 shows the whole error)`);
  }
  return 1;
}

/**
 * Runs a command's main function. A problem ends the process with its message and exit code
 * 1, never a stack trace; a number returned is the exit code, nothing returned leaves the
 * process running (a worker, a server) until it ends by itself.
 */
export async function runCommand(main: () => Promise<number | void>, ...explainers: Explain[]): Promise<void> {
  try {
    const code = await main();
    if (typeof code === 'number') process.exit(code);
  } catch (error) {
    process.exit(reportProblem(error, explainers));
  }
}

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS']);
const FULL = new Set(['ENOSPC', 'EDQUOT']);

/** A folder the command writes to, and how the operator names another one. */
export interface WritableFolder {
  folder: string;
  /** e.g. "VAULT_DATA_DIR=/path/to/folder npm start" */
  elsewhere: string;
}

/** A folder as the operator would write it: relative inside the project, absolute elsewhere. */
export function shownPath(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? folder : relative;
}

/** Whether the error is about the folder, something in it, or a folder above it. */
function concerns(error: unknown, folder: string): boolean {
  const at = typeof error === 'object' && error !== null ? (error as { path?: unknown }).path : undefined;
  if (typeof at !== 'string') return true;
  const resolved = path.resolve(at);
  return resolved.startsWith(folder) || folder.startsWith(resolved);
}

export function explainFileSystem({ folder, elsewhere }: WritableFolder): Explain {
  return (error) => {
    if (!concerns(error, folder)) return undefined;
    const code = errnoCode(error);
    if (code && NOT_WRITABLE.has(code)) {
      const why = code === 'EROFS' ? 'it is on a read-only file system' : `permission denied for user ${userInfo().username}`;
      return new StartupProblem(
        `The data folder ${shownPath(folder)} is not writable (${why}): make it writable, or use another folder, e.g. ${elsewhere}.`,
        error,
      );
    }
    if (code && FULL.has(code)) return diskFullProblem(folder, code === 'EDQUOT' ? 'disk quota exceeded' : 'no space left', error);
    return undefined;
  };
}

export function diskFullProblem(folder: string, why: string, detail?: unknown): StartupProblem {
  return new StartupProblem(
    `The disk holding the data folder ${shownPath(folder)} is full (${why}): free some space (the portal needs about 100 MB), then try again.`,
    detail,
  );
}
