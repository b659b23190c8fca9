import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectProblem, runNpm } from '../test/commands';
import { freePort } from './lib/portal-process';

// npm start in a project whose build fails, for real: a small Next.js app beside the portal's
// own dependencies, broken in one file. The start stops at the first error and leaves the data
// folder as it was.

const fixtures = path.resolve('.data', `build-failure-${process.pid}`);
afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

const LAYOUT = `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return <html lang="en"><body>{children}</body></html>;
}
`;

function project(name: string, page: string): string {
  const dir = path.join(fixtures, name);
  mkdirSync(path.join(dir, 'app'), { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  writeFileSync(path.join(dir, 'next.config.js'), 'export default {};\n');
  writeFileSync(path.join(dir, 'app', 'layout.tsx'), LAYOUT);
  writeFileSync(path.join(dir, 'app', 'page.tsx'), page);
  return dir;
}

describe('a build that fails', () => {
  it('stops npm start at the first error, a syntax error, without creating the data folder', async () => {
    const dir = project('syntax', `export default function Page() {\n  const title = 'Vault'\n  return <h1>{title</h1>;\n}\n`);
    const result = await runNpm('start', { node: process.execPath, cwd: dir, env: { PORT: String(await freePort()) } });
    expectProblem(result, /^The build failed at app\/page\.tsx:3:\d+ \(Unterminated regexp literal\): fix that and start again; the data in \.data\/pglite was not touched\.$/m);
    expect(result.stderr).toMatch(/The whole build output is in \.next\/build-output\.log/);
    expect(readFileSync(path.join(dir, '.next', 'build-output.log'), 'utf8')).toContain('page.tsx');
    expect(existsSync(path.join(dir, '.data'))).toBe(false);
  });

  it('points to a type error by file and line, and leaves an existing data folder exactly as it was', async () => {
    const dir = project('types', `export default function Page() {\n  const count: number = 'three';\n  return <p>{count}</p>;\n}\n`);
    const data = path.join(dir, '.data', 'pglite');
    mkdirSync(data, { recursive: true });
    writeFileSync(path.join(data, 'PG_VERSION'), '17\n');
    const result = await runNpm('start', { node: process.execPath, cwd: dir, env: { PORT: String(await freePort()) } });
    expectProblem(result, /^The build failed at app\/page\.tsx:2:\d+ \(Type 'string' is not assignable to type 'number'\.\): fix that and start again/m);
    expect(readdirSync(data)).toEqual(['PG_VERSION']);
  });
});
