import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../lib/data/embedded-postgres';

export const DEFAULT_DATA_DIR = path.join(process.cwd(), '.data', 'pglite');

export function dataDir(): string {
  return path.resolve(process.env.VAULT_DATA_DIR ?? DEFAULT_DATA_DIR);
}

/** Written by `npm start` beside the data folder while its embedded server runs. */
export function embeddedUrlFile(folder = dataDir()): string {
  return `${folder}.url`;
}

/** DATABASE_URL, else the embedded server of a running portal, else nothing. */
export function runningDatabaseUrl(): string | undefined {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const file = embeddedUrlFile();
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

/**
 * Runs `work` against DATABASE_URL or the running portal's embedded server, otherwise
 * against the embedded database in VAULT_DATA_DIR (default .data/pglite), started for the duration.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const running = runningDatabaseUrl();
  if (running) return work(running);
  const embedded = await startEmbeddedPostgres({ dataDir: dataDir() });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
