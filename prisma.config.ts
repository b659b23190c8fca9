import { defineConfig } from 'prisma/config';

// Used by `prisma generate` (and by Prisma's own CLI wherever its native engine is available).
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/vault' },
});
