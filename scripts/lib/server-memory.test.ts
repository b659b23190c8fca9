import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OWNER_START_COMMAND } from './server-memory';

describe('the owner of the embedded database', () => {
  it('starts with the same Node.js flags from npm start as from the tests and the bench', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(OWNER_START_COMMAND);
  });
});
