import path from 'node:path';
import { startEmbeddedPostgres } from '../../lib/data/embedded-postgres';

export const DEFAULT_DATA_DIR = path.join(process.cwd(), '.data', 'pglite');

/**
 * Runs `work` against DATABASE_URL when it is set, otherwise against the embedded
 * database in VAULT_DATA_DIR (default .data/pglite), started for the duration.
 */
export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const embedded = await startEmbeddedPostgres({ dataDir: process.env.VAULT_DATA_DIR ?? DEFAULT_DATA_DIR });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
