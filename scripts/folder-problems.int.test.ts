import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem, run, type CommandResult } from '../test/commands';
import { freePort } from './lib/portal-process';

// A data folder on a read-only file system and on a full disk, made for real: the command runs
// in a mount namespace of its own with a small or read-only tmpfs at the folder's place.

const parent = mkdtempSync(path.join(tmpdir(), 'vault-folders-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `npm run <script>` with a tmpfs mounted (options `mount`) at `mountPoint`, seen by that command only. */
function withMount(mountPoint: string, mount: string, script: string, env: Record<string, string>): Promise<CommandResult> {
  mkdirSync(mountPoint, { recursive: true });
  // As root a mount namespace is enough; other users need a user namespace to mount in.
  const unshare = process.getuid?.() === 0 ? 'unshare -m' : 'unshare -Urm';
  const shell = `mount -t tmpfs -o ${mount} tmpfs ${quote(mountPoint)} && exec npm run ${script}`;
  return run('sh', ['-c', `${unshare} sh -c ${quote(shell)}`], { env });
}

describe('a data folder the portal cannot write', () => {
  it.each(['start', 'db:migrate', 'db:seed'])('npm run %s on a read-only file system says so, and how to choose another folder', async (script) => {
    const mountPoint = path.join(parent, `read-only-${script.replace(/\W/g, '')}`);
    const folder = path.join(mountPoint, 'pglite');
    const result = await withMount(mountPoint, 'ro,size=1m', script, { VAULT_DATA_DIR: folder, PORT: String(await freePort()) });
    expectProblem(
      result,
      new RegExp(`The data folder ${folder} is not writable \\(it is on a read-only file system\\): make it writable, or use another folder, e\\.g\\. VAULT_DATA_DIR=/path/to/folder`),
    );
  });

  it('npm start on a disk without room for the database stops before the build, saying how much is free', async () => {
    const mountPoint = path.join(parent, 'full-start');
    const folder = path.join(mountPoint, 'pglite');
    const result = await withMount(mountPoint, 'size=2m', 'start', { VAULT_DATA_DIR: folder, PORT: String(await freePort()) });
    expectProblem(result, new RegExp(`The disk holding the data folder ${folder} is full \\(2\\.0 MB free\\): free some space \\(the portal needs about 100 MB\\), then try again`));
    expect(result.stdout).not.toContain('Building the portal');
  });

  it.each(['db:migrate', 'db:seed'])('npm run %s on a disk that fills while the database is created says the disk is full', async (script) => {
    const mountPoint = path.join(parent, `full-${script.replace(/\W/g, '')}`);
    const folder = path.join(mountPoint, 'pglite');
    const result = await withMount(mountPoint, 'size=8m', script, { VAULT_DATA_DIR: folder });
    expectProblem(result, new RegExp(`The disk holding the data folder ${folder} is full \\(no space left\\): free some space`));
  });
});
