// Run by npm start in a child process when the data folder has no database yet: creating one
// runs PostgreSQL's initdb in WebAssembly, whose memory returns to the system when this process
// ends instead of staying with the process that then holds the database.
import { createDatabase } from '../lib/data/embedded-postgres';
import { dataDir } from './lib/data-folder';
import { explainFileSystem, runCommand } from './lib/problems';

const folder = dataDir();
await runCommand(
  async () => {
    await createDatabase(folder);
    return 0;
  },
  explainFileSystem({ folder, elsewhere: `VAULT_DATA_DIR=/path/to/folder ${process.env.VAULT_COMMAND ?? 'npm start'}` }),
);
