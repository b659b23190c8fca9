// Generates the Prisma client. `prisma generate` never runs the schema engine, but the
// CLI still looks for its native binary (and would download it); pointing it at any
// existing file keeps generation offline.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const packageJson = fileURLToPath(new URL('../package.json', import.meta.url));
execFileSync('npx', ['prisma', 'generate'], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: packageJson, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
