// Entry point of the portal's commands: npm start, npm run dev, worker, db:migrate, db:seed.
//
// Plain JavaScript that any Node.js can parse, so that an old Node.js gets a sentence instead of
// a syntax error. It then compiles the command's TypeScript into one JavaScript file (esbuild,
// a fraction of a second) and runs it: the long-lived processes (the portal's database owner,
// a worker) carry no TypeScript loader.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const COMMANDS = {
  start: { entry: 'scripts/start.ts', npm: 'npm start' },
  dev: { entry: 'scripts/start.ts', npm: 'npm run dev', args: ['--dev'] },
  worker: { entry: 'scripts/worker.ts', npm: 'npm run worker' },
  'db:migrate': { entry: 'scripts/db-migrate.ts', npm: 'npm run db:migrate' },
  'db:seed': { entry: 'scripts/db-seed.ts', npm: 'npm run db:seed' },
  // Run by start.ts in child processes, whose memory is returned when they end.
  'create-database': { entry: 'scripts/create-database.ts', npm: 'npm start' },
  'prepare-database': { entry: 'scripts/prepare-database.ts', npm: 'npm start' },
};

const name = process.argv[2];
const command = COMMANDS[name];
if (!command) {
  console.error(`Unknown command "${name}": use one of ${Object.keys(COMMANDS).join(', ')}.`);
  process.exit(2);
}

function versionParts(text) {
  return (text.match(/\d+(\.\d+){0,2}/) || ['0'])[0].split('.').map(Number);
}

function older(version, minimum) {
  for (let i = 0; i < 3; i += 1) {
    if ((version[i] || 0) !== (minimum[i] || 0)) return (version[i] || 0) < (minimum[i] || 0);
  }
  return false;
}

const { engines } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const minimum = versionParts(engines.node);
if (older(versionParts(process.versions.node), minimum)) {
  console.error(
    `Vault Portal needs Node.js ${minimum.join('.')} or later, and this is Node.js ${process.versions.node}: ` +
      `install a current Node.js (https://nodejs.org, or your system's package manager), then run ${command.npm} again.`,
  );
  process.exit(1);
}

const esbuild = await import('esbuild');
const outDir = path.join(root, 'node_modules', '.cache', 'vault-portal');
const outFile = path.join(outDir, `${path.basename(command.entry, '.ts')}.mjs`);
async function compile() {
  try {
    const { outputFiles } = await esbuild.build({
      entryPoints: [path.join(root, command.entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${minimum[0]}`,
      packages: 'external',
      tsconfig: path.join(root, 'tsconfig.json'),
      write: false,
      logLevel: 'silent',
      outfile: outFile,
    });
    return outputFiles[0].contents;
  } catch (error) {
    await esbuild.stop();
    const first = error.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}:${first.location.column} ` : '';
    console.error(`The code of ${command.npm} does not compile (${where}${first?.text ?? error.message}): fix it and run ${command.npm} again.`);
    process.exit(1);
  }
}

// Written aside and renamed, so that two commands starting at once never run a half-written file.
mkdirSync(outDir, { recursive: true });
const scratch = `${outFile}.${process.pid}`;
writeFileSync(scratch, await compile());
renameSync(scratch, outFile);
// esbuild keeps its process for further builds: none will come.
await esbuild.stop();

process.argv = [process.argv[0], outFile, ...(command.args ?? []), ...process.argv.slice(3)];
process.env.VAULT_COMMAND = command.npm;
process.env.VAULT_LAUNCHER = fileURLToPath(import.meta.url);
await import(pathToFileURL(outFile).href);
