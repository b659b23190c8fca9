import { spawn } from 'node:child_process';
import { expect } from 'vitest';
import { portalEnv } from '../scripts/lib/portal-process';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  env?: Record<string, string | undefined>;
  args?: string[];
  cwd?: string;
  timeoutMs?: number;
  /** Runs `<node> scripts/launch.mjs <command>` with this Node.js instead of the npm script. */
  node?: string;
}

/** Runs an npm script of the project (`npm run db:seed -- name`) as an operator does, to its end. */
export function runNpm(script: string, { args = [], node, ...options }: CommandOptions = {}): Promise<CommandResult> {
  return node
    ? run(node, [`${process.cwd()}/scripts/launch.mjs`, script, ...args], options)
    : run('npm', ['run', script, ...(args.length > 0 ? ['--', ...args] : [])], options);
}

/** Runs a program to its end, in the environment of a portal without the developer's own settings. */
export function run(file: string, argv: string[], { env = {}, cwd, timeoutMs = 600_000 }: CommandOptions = {}): Promise<CommandResult> {
  const child = spawn(file, argv, { cwd, env: portalEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;

/** The command stopped with exit code 1 and a short message matching `message`, and no stack trace. */
export function expectProblem(result: CommandResult, message: RegExp): void {
  const shown = `${result.stdout}\n${result.stderr}`;
  expect(result.stderr, shown).toMatch(message);
  expect(shown).not.toMatch(STACK_FRAME);
  expect(result.code, shown).toBe(1);
  // The message itself is a line or two; details follow only as indented lines below it.
  const lines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('  '));
  expect(lines.length, result.stderr).toBeLessThanOrEqual(2);
  expect(lines.join(' ').length, result.stderr).toBeLessThanOrEqual(400);
}
