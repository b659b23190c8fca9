import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib', 'public', 'prisma'];
const SOURCE_FILES = ['next.config.js', 'package-lock.json', 'instrumentation.ts'];
export const STAMP = path.join('.next', 'vault-source-stamp');

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (entry.endsWith(`lib${path.sep}data${path.sep}generated`)) return 0;
  let newest = 0;
  for (const child of readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

function sourceStamp(): string {
  const newest = Math.max(...[...SOURCE_DIRS, ...SOURCE_FILES].map(newestMtime));
  return String(Math.floor(newest));
}

/** True when no production build exists or a source file changed since it was made. */
export function buildIsStale(): boolean {
  if (!existsSync(path.join('.next', 'BUILD_ID')) || !existsSync(STAMP)) return true;
  return readFileSync(STAMP, 'utf8') !== sourceStamp();
}

export function recordBuild(): void {
  writeFileSync(STAMP, sourceStamp());
}
