import { startEmbeddedPostgres } from '../../lib/data/embedded-postgres';
import { dataDir, ownDataFolder, runningPortal, runningPortalUrl } from './data-folder';
import { checkConnection, explainDatabase, type DatabaseTarget } from './database-problems';
import { parseDatabaseUrl } from './database-url';
import { explainFileSystem, shownPath } from './problems';

// The database of the commands beside the portal (worker, db:migrate, db:seed): DATABASE_URL,
// else the embedded database of the portal running on VAULT_DATA_DIR, reached through that
// portal. Never the folder itself while a portal owns it.

function configured(): DatabaseTarget | undefined {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  parseDatabaseUrl(url);
  return { url };
}

/** For a command that needs a running portal (the worker): its database, checked to answer. */
export async function portalDatabase(command: string): Promise<DatabaseTarget> {
  const folder = dataDir();
  const target = configured() ?? { url: runningPortalUrl(folder, command), embeddedIn: shownPath(folder) };
  try {
    await checkConnection(target);
  } catch (error) {
    throw explainDatabase(target)(error) ?? error;
  }
  return target;
}

/**
 * Runs `work` on DATABASE_URL or the running portal's database; with neither, it opens the
 * data folder itself for the duration, as its owner, so that no portal can open it meanwhile.
 */
export async function withDatabase<T>(command: string, work: (target: DatabaseTarget) => Promise<T>): Promise<T> {
  const folder = dataDir();
  const server = configured();
  const portal = server ? undefined : runningPortal(folder);
  if (server || portal?.state !== 'stopped') {
    const target = server ?? { url: runningPortalUrl(folder, command), embeddedIn: shownPath(folder) };
    return explained(target, async () => {
      await checkConnection(target);
      return work(target);
    });
  }
  const notWritable = explainFileSystem({ folder, elsewhere: `VAULT_DATA_DIR=/path/to/folder ${command}` });
  try {
    const ownership = ownDataFolder(folder, command);
    console.log(`No portal is running on ${shownPath(folder)}: ${command} opens the folder itself while it runs.`);
    try {
      const embedded = await startEmbeddedPostgres({ dataDir: folder });
      const target = { url: embedded.url, embeddedIn: shownPath(folder) };
      try {
        return await explained(target, () => work(target));
      } finally {
        await embedded.stop();
      }
    } finally {
      ownership.release();
    }
  } catch (error) {
    throw notWritable(error) ?? error;
  }
}

async function explained<T>(target: DatabaseTarget, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw explainDatabase(target)(error) ?? error;
  }
}
