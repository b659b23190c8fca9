// Entry point of the portal's commands: npm start, npm run dev, worker, db:migrate, db:seed.
//
// Plain JavaScript that any Node.js can parse, so that an old Node.js gets a sentence instead of
// a syntax error. It then compiles the command's TypeScript into one JavaScript file (esbuild,
// a fraction of a second, only when a source changed) and runs it: the long-lived processes
// (the portal's database owner, a worker) carry no TypeScript loader.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

const COMMANDS = {
  start: { entry: 'scripts/start.ts', npm: 'npm start' },
  dev: { entry: 'scripts/start.ts', npm: 'npm run dev', args: ['--dev'] },
  worker: { entry: 'scripts/worker.ts', npm: 'npm run worker' },
  'db:migrate': { entry: 'scripts/db-migrate.ts', npm: 'npm run db:migrate' },
  'db:seed': { entry: 'scripts/db-seed.ts', npm: 'npm run db:seed' },
  user: { entry: 'scripts/user.ts', npm: 'npm run user' },
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

const outDir = path.join(root, 'node_modules', '.cache', 'vault-portal');
const outFile = path.join(outDir, `${path.basename(command.entry, '.ts')}.mjs`);
// What the compiled file was made from, with each file's modification time: while none of them
// changes, the command runs without compiling (and without loading esbuild at all).
const sourcesFile = `${outFile}.sources.json`;

function modified(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

function upToDate() {
  try {
    const sources = JSON.parse(readFileSync(sourcesFile, 'utf8'));
    return modified(outFile) >= 0 && Object.entries(sources).every(([file, mtime]) => modified(file) === mtime);
  } catch {
    return false;
  }
}

async function compile() {
  const esbuild = await import('esbuild');
  try {
    const { outputFiles, metafile } = await esbuild.build({
      entryPoints: [path.join(root, command.entry)],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: `node${minimum[0]}`,
      packages: 'external',
      tsconfig: path.join(root, 'tsconfig.json'),
      write: false,
      metafile: true,
      logLevel: 'silent',
      outfile: outFile,
    });
    const inputs = [...Object.keys(metafile.inputs).map((file) => path.resolve(file)), fileURLToPath(import.meta.url), path.join(root, 'tsconfig.json'), path.join(root, 'package.json')];
    return { code: outputFiles[0].contents, sources: Object.fromEntries(inputs.map((file) => [file, modified(file)])) };
  } catch (error) {
    const first = error.errors?.[0];
    const where = first?.location ? `${first.location.file}:${first.location.line}:${first.location.column} ` : '';
    console.error(`The code of ${command.npm} does not compile (${where}${first?.text ?? error.message}): fix it and run ${command.npm} again.`);
    process.exit(1);
  } finally {
    // esbuild keeps a process of its own for further builds: none will come.
    await esbuild.stop();
  }
}

if (!upToDate()) {
  const { code, sources } = await compile();
  // Written aside and renamed, so that two commands starting at once never run a half-written file.
  mkdirSync(outDir, { recursive: true });
  for (const [file, content] of [
    [outFile, code],
    [sourcesFile, JSON.stringify(sources)],
  ]) {
    const scratch = `${file}.${process.pid}`;
    writeFileSync(scratch, content);
    renameSync(scratch, file);
  }
}

// The commands reach the database through lib/data, whose modules are marked server-only: outside
// Next.js that marker resolves as on a React server, to nothing.
(await import('node:module')).register('./lib/server-only-hooks.mjs', import.meta.url);
process.argv = [process.argv[0], outFile, ...(command.args ?? []), ...process.argv.slice(3)];
process.env.VAULT_COMMAND = command.npm;
process.env.VAULT_LAUNCHER = fileURLToPath(import.meta.url);
await import(pathToFileURL(outFile).href);
