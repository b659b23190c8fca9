// npm run db:migration:new -- <name> — writes the migration that takes the committed
// schema of the last migration to prisma/schema.prisma.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../lib/data/embedded-postgres';
import { MIGRATIONS_DIR, SCHEMA_PATH } from '../lib/data/migrate';
import { diffSnapshotToSchema } from '../lib/data/migration-diff';

const name = (process.argv[2] ?? '').trim().toLowerCase().replace(/[^a-z0-9]+/g, '_');
if (!name) {
  console.error('Usage: npm run db:migration:new -- <name>');
  process.exit(1);
}

const scratch = await startEmbeddedPostgres();
try {
  const sql = await diffSnapshotToSchema(scratch.url);
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    console.log('The schema matches the migrations; nothing to write.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'migration.sql'), sql);
    copyFileSync(SCHEMA_PATH, path.join(dir, 'schema.prisma'));
    const lock = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
    if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await scratch.stop();
}
