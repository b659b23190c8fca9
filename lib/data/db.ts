import 'server-only';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export type Db = PrismaClient;

export function createPrismaClient(url: string, poolSize = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max: poolSize });
  // A transaction may queue behind others on a busy (or single-session embedded)
  // database; waiting a few seconds beats refusing an operator's request.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'DATABASE_URL is not set. Start the portal with `npm start`, which provides the embedded database.',
    );
  }
  return url;
}

const globalForPrisma = globalThis as unknown as { vaultPortalPrisma?: PrismaClient };

/** One client per process (kept on globalThis so dev reloads do not open new pools). */
export function getDb(): PrismaClient {
  globalForPrisma.vaultPortalPrisma ??= createPrismaClient(databaseUrl());
  return globalForPrisma.vaultPortalPrisma;
}
