import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem, runNpm } from '../test/commands';
import { freePort } from './lib/portal-process';

// Where the portal would listen, when it cannot: a port something else holds, a PORT or a HOST
// that cannot be. The start stops before the build and before the data folder is created.

const parent = mkdtempSync(path.join(tmpdir(), 'vault-listen-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('where the portal listens', () => {
  it.each([
    ['start', 'npm start'],
    ['dev', 'npm run dev'],
  ])('npm run %s on a port already in use names the port and how to choose another', async (script, typed) => {
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    const folder = path.join(parent, `busy-${script}`, 'pglite');
    try {
      const result = await runNpm(script, { env: { PORT: String(port), VAULT_DATA_DIR: folder } });
      expectProblem(
        result,
        new RegExp(`^Port ${port} is already in use on 127\\.0\\.0\\.1: stop the program using it, or start on another port, e\\.g\\. PORT=${port + 1} ${typed}\\.$`, 'm'),
      );
      expect(result.stderr).toContain(`cause: listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
      expect(existsSync(path.dirname(folder))).toBe(false);
    } finally {
      holder.close();
    }
  });

  it('npm start with a PORT that is not a port says what one looks like', async () => {
    const result = await runNpm('start', { env: { PORT: 'eighty', VAULT_DATA_DIR: path.join(parent, 'port', 'pglite') } });
    expectProblem(result, /^PORT must be a number from 1 to 65535, not "eighty": e\.g\. PORT=3000 npm start\.$/m);
  });

  it('npm start with a HOST that is not this machine names it and the two usual choices', async () => {
    const result = await runNpm('start', { env: { HOST: '203.0.113.9', PORT: String(await freePort()), VAULT_DATA_DIR: path.join(parent, 'host', 'pglite') } });
    expectProblem(result, /^HOST=203\.0\.113\.9 is not an address of this machine: leave HOST unset \(loopback only\), or set HOST=0\.0\.0\.0 to listen on every interface\.$/m);
  });

  it('with DEBUG=1 shows the whole error below the message', async () => {
    const port = await freePort();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runNpm('start', { env: { PORT: String(port), DEBUG: '1', VAULT_DATA_DIR: path.join(parent, 'debug', 'pglite') } });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`^Port ${port} is already in use`));
      expect(result.stderr).toMatch(/Error: listen EADDRINUSE[\s\S]*\n\s+at /);
    } finally {
      holder.close();
    }
  });
});
