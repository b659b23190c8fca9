// npm run db:migrate — applies pending migrations to DATABASE_URL, to the running portal's
// embedded database, or (no portal running) to the embedded database in VAULT_DATA_DIR.
import { applyMigrations } from '../lib/data/migrate';
import { withDatabase } from './lib/command-database';
import { runCommand } from './lib/problems';

await runCommand(async () => {
  const applied = await withDatabase('npm run db:migrate', (target) => applyMigrations(target.url));
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Database is up to date.');
  return 0;
});
