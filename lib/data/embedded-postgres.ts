import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { serveOverWire } from './pglite-wire-server';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder holding the data files; omit for an in-memory database. */
  dataDir?: string;
  /** Loopback port; 0 lets the system pick a free one. */
  port?: number;
}

/**
 * PostgreSQL 17 (PGlite, WebAssembly) served over the wire protocol on loopback,
 * so that Prisma and every other client speak to it exactly as to a real server.
 * PGlite is a single session; the wire server shares it between connections
 * without letting their statements or transactions interleave.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? 'memory://');
  const server = await serveOverWire(db, '127.0.0.1', options.port ?? 0);
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${server.port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
