import { existsSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../test/commands';

// npm test on a machine without any Chromium: a PATH with nothing but node, npm and sh, and
// Playwright's download folder empty. The README's test command must stop before the first test
// with what to install, not fail in the browser tests with Playwright's download hint.

const scratch = mkdtempSync(path.join(tmpdir(), 'vault-no-browser-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function bareBin(): string {
  const bin = path.join(scratch, 'bin');
  execFileSync('mkdir', ['-p', bin, path.join(scratch, 'browsers')]);
  symlinkSync(process.execPath, path.join(bin, 'node'));
  symlinkSync(realpathSync(execFileSync('sh', ['-c', 'command -v npm'], { encoding: 'utf8' }).trim()), path.join(bin, 'npm'));
  symlinkSync('/bin/sh', path.join(bin, 'sh'));
  return bin;
}

describe('npm test without a browser', () => {
  const bin = bareBin();
  const env = { PATH: bin, PLAYWRIGHT_BROWSERS_PATH: path.join(scratch, 'browsers'), CHROMIUM_PATH: undefined };

  it.each([
    ['npm test', ['test']],
    ['npm run test:e2e', ['run', 'test:e2e']],
  ])('%s stops before the first test, saying what to install', async (_typed, args) => {
    const result = await run(path.join(bin, 'npm'), args, { env, timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    const install = process.getuid?.() === 0 ? 'apt-get install -y chromium' : 'sudo apt-get install -y chromium';
    const expected = existsSync('/etc/debian_version')
      ? `The browser tests need Chromium, and none was found: install Debian's package with ${install} (or set CHROMIUM_PATH to a Chromium or Chrome), then run npm test again.`
      : 'The browser tests need Chromium, and none was found: install Chromium or Google Chrome, or set CHROMIUM_PATH to one, then run npm test again.';
    expect(result.stderr.trim()).toBe(expected);
    expect(result.stdout).not.toMatch(/eslint|vitest|Running \d+ tests/);
  });

  it('names a CHROMIUM_PATH that points nowhere', async () => {
    const result = await run(path.join(bin, 'npm'), ['run', 'test:e2e'], { env: { ...env, CHROMIUM_PATH: '/opt/no/chromium' }, timeoutMs: 60_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('CHROMIUM_PATH names /opt/no/chromium, which is not an executable file: point it at a Chromium or Chrome, or unset it, then run npm test again.');
  });
});
