import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REASON_CODES } from './reasons';

// docs/reprotect-rules.md is where each reason code's rule, source and test are written down.
// It must list exactly the codes the rules can give, each proven by a test that names it.

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DOC = 'docs/reprotect-rules.md';

interface DocRow {
  code: string;
  tests: string[];
}

function documentedRows(): DocRow[] {
  const rows: DocRow[] = [];
  for (const line of readFileSync(path.join(ROOT, DOC), 'utf8').split('\n')) {
    const match = /^\| `([A-Z][A-Z_]+)` \|(.*)\|\s*$/.exec(line);
    if (!match) continue;
    const cells = match[2]!.split(' | ');
    const proof = cells.at(-1) ?? '';
    rows.push({ code: match[1]!, tests: [...proof.matchAll(/`([^`]+\.(?:test|spec)\.ts)`/g)].map((test) => test[1]!) });
  }
  return rows;
}

describe(DOC, () => {
  const rows = documentedRows();
  const documented = rows.map((row) => row.code);

  it('lists every reason code of the rules, once', () => {
    expect([...documented].sort()).toEqual([...REASON_CODES].sort());
  });

  it.each(rows)('$code is proven by tests that exist and name it', ({ code, tests }) => {
    expect(tests.length).toBeGreaterThan(0);
    for (const test of tests) {
      const file = path.join(ROOT, test);
      expect(existsSync(file), `${test} exists`).toBe(true);
      expect(readFileSync(file, 'utf8'), `${test} names ${code}`).toContain(code);
    }
  });
});
