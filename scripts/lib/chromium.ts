import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

// The browser the browser tests run in. Playwright's own download needs its download server,
// which is not reachable everywhere (nor in CI); a Chromium installed by the system is.

const ON_PATH = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type ChromiumChoice = { path: string | undefined } | { problem: string };

/** CHROMIUM_PATH, else a Chromium or Chrome on the PATH, else Playwright's own browser if it was downloaded. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const named = env.CHROMIUM_PATH;
  if (named) {
    return executable(named)
      ? { path: named }
      : { problem: `CHROMIUM_PATH names ${named}, which is not an executable file: point it at a Chromium or Chrome, or unset it, then run npm test again.` };
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ON_PATH) if (executable(path.join(dir, name))) return { path: path.join(dir, name) };
  }
  // undefined: Playwright finds its own download by itself.
  if (existsSync(chromium.executablePath())) return { path: undefined };
  return { problem: missingChromium() };
}

function missingChromium(): string {
  const debian = existsSync('/etc/debian_version');
  if (!debian) return 'The browser tests need Chromium, and none was found: install Chromium or Google Chrome, or set CHROMIUM_PATH to one, then run npm test again.';
  const install = process.getuid?.() === 0 ? 'apt-get install -y chromium' : 'sudo apt-get install -y chromium';
  return `The browser tests need Chromium, and none was found: install Debian's package with ${install} (or set CHROMIUM_PATH to a Chromium or Chrome), then run npm test again.`;
}
