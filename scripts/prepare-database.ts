// Run by npm start (and npm run dev) in a child process before the portal serves: migrations
// and the setup steps load Prisma and its query compiler, whose memory returns to the system
// when this process ends instead of staying with the process that owns the database.
// With --check it changes nothing: it connects and looks at the migrations, so that a server
// that is unreachable, refuses, was migrated by a newer version or may not be migrated by this
// user is named before the build, which can take minutes.
import { checkMigratable } from '../lib/data/migrate';
import { checkConnection, explainDatabase } from './lib/database-problems';
import { prepareDatabase } from './lib/prepare';
import { runCommand } from './lib/problems';

await runCommand(async () => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('prepare-database runs from npm start, which sets DATABASE_URL');
  const target = { url, embeddedIn: process.env.VAULT_EMBEDDED_DIR || undefined };
  if (process.argv.includes('--check')) {
    try {
      await checkConnection(target);
      await checkMigratable(url);
    } catch (error) {
      throw explainDatabase(target)(error) ?? error;
    }
  } else {
    await prepareDatabase(target, process.env.VAULT_PORTAL_URL ?? '');
  }
  return 0;
});
