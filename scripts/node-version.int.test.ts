import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectProblem, runNpm } from '../test/commands';

// The commands under a Node.js older than the one the project declares: a real Node.js 18,
// from the npm registry's per-platform Node.js packages, first on the PATH as an operator's
// old installation would be.

const OLD_NODE = '18.20.4';
const cache = path.resolve('node_modules', '.cache', 'vault-portal', `node-${OLD_NODE}`);
const platform = process.platform === 'win32' ? 'win' : process.platform;

beforeAll(() => {
  if (existsSync(path.join(cache, 'package', 'bin', 'node'))) return;
  mkdirSync(cache, { recursive: true });
  const tarball = execFileSync('npm', ['pack', `node-${platform}-${process.arch}@${OLD_NODE}`, '--pack-destination', cache, '--silent'], {
    encoding: 'utf8',
  }).trim();
  execFileSync('tar', ['xzf', path.join(cache, tarball), '-C', cache]);
}, 300_000);

describe('a Node.js older than the project supports', () => {
  it('is declared in package.json', () => {
    const { engines } = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
    expect(engines.node).toBe('>=20.9.0');
  });

  it.each([
    ['start', 'npm start'],
    ['dev', 'npm run dev'],
    ['worker', 'npm run worker'],
    ['db:migrate', 'npm run db:migrate'],
    ['db:seed', 'npm run db:seed'],
  ])('npm run %s stops with the version to install', async (script, typed) => {
    const bin = path.join(cache, 'package', 'bin');
    const result = await runNpm(script, { env: { PATH: `${bin}${path.delimiter}${process.env.PATH}` } });
    expectProblem(
      result,
      new RegExp(
        `^Vault Portal needs Node\\.js 20\\.9\\.0 or later, and this is Node\\.js ${OLD_NODE.replace(/\./g, '\\.')}: install a current Node\\.js \\(https://nodejs\\.org, or your system's package manager\\), then run ${typed} again\\.$`,
        'm',
      ),
    );
  });
});
