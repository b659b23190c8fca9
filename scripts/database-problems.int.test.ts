import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../lib/data/migrate';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../lib/data/embedded-postgres';
import { adminQuery } from '../test/database';
import { expectProblem, runNpm } from '../test/commands';
import { freePort } from './lib/portal-process';

// Each problem of a database named by DATABASE_URL, met for real by every command that uses
// it: a short message with the cause and the fix, exit code 1, never a stack trace.

const COMMANDS = ['start', 'dev', 'worker', 'db:migrate', 'db:seed'];

let server: EmbeddedPostgres;
beforeAll(async () => {
  server = await startEmbeddedPostgres();
});
afterAll(async () => {
  await server.stop();
});

const withUrl = (url: string, change: (url: URL) => void) => {
  const changed = new URL(url);
  change(changed);
  return changed.toString();
};

describe('DATABASE_URL that cannot work', () => {
  it.each(COMMANDS)('npm run %s: a malformed DATABASE_URL says how to write it', async (command) => {
    const result = await runNpm(command, { env: { DATABASE_URL: 'postgres//vault@db/vault' } });
    expectProblem(result, /DATABASE_URL is not a valid PostgreSQL URL \(it is not a URL\): write it as postgresql:\/\/user:password@host:5432\/database/);
  });

  it.each(COMMANDS)('npm run %s: a closed port is named, refused', async (command) => {
    const port = await freePort();
    const result = await runNpm(command, { env: { DATABASE_URL: `postgresql://u:p@127.0.0.1:${port}/x`, PORT: String(await freePort()) } });
    expectProblem(result, new RegExp(`Cannot reach the PostgreSQL server at 127\\.0\\.0\\.1:${port} \\(connection refused\\): start the server, or correct the host and port in DATABASE_URL`));
  });

  it('a server that accepts but never answers is named, timed out', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    const port = await freePort();
    await new Promise<void>((resolve) => silent.listen(port, '127.0.0.1', resolve));
    try {
      const result = await runNpm('start', { env: { DATABASE_URL: `postgresql://u:p@127.0.0.1:${port}/x`, PORT: String(await freePort()) } });
      expectProblem(result, new RegExp(`Cannot reach the PostgreSQL server at 127\\.0\\.0\\.1:${port} \\(timed out after 10 s\\)`));
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it.each(['start', 'worker', 'db:seed'])('npm run %s: refused credentials are named with the user', async (command) => {
    const url = withUrl(server.url, (u) => (u.password = 'not-the-password'));
    const result = await runNpm(command, { env: { DATABASE_URL: url, PORT: String(await freePort()) } });
    expectProblem(result, /PostgreSQL at 127\.0\.0\.1:\d+ refused user "postgres" \(password authentication failed for user "postgres"\): correct the user name and password in DATABASE_URL/);
    expect(result.stderr).not.toContain('not-the-password');
  });

  it.each(['start', 'db:migrate'])('npm run %s: a database that does not exist comes with the command that creates it', async (command) => {
    const url = withUrl(server.url, (u) => (u.pathname = '/vault_rehearsal'));
    const result = await runNpm(command, { env: { DATABASE_URL: url, PORT: String(await freePort()) } });
    expectProblem(result, /The database "vault_rehearsal" does not exist on 127\.0\.0\.1:\d+: create it \(createdb -h 127\.0\.0\.1 -p \d+ -U postgres vault_rehearsal, or CREATE DATABASE "vault_rehearsal"\)/);
  });

});

describe('a database migrated by a newer version of the portal', () => {
  let newer: EmbeddedPostgres;
  let client: pg.Client;
  const count = async (table: string) => (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n as number;
  beforeAll(async () => {
    newer = await startEmbeddedPostgres();
    await applyMigrations(newer.url);
    client = new pg.Client({ connectionString: newer.url });
    await client.connect();
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('newer', 'x', now(), '29990101000000_from_the_future', 1)`,
    );
  });
  afterAll(async () => {
    await client.end();
    await newer.stop();
  });

  it.each(['start', 'db:migrate', 'db:seed'])('npm run %s: is refused, naming the migration it does not know, and left as it is', async (command) => {
    const before = await count('_prisma_migrations');
    const result = await runNpm(command, { env: { DATABASE_URL: newer.url, PORT: String(await freePort()) } });
    expectProblem(
      result,
      /The database was migrated by a newer version of Vault Portal \(29990101000000_from_the_future is not known to this one\): run that version or a later one, or point DATABASE_URL at another database/,
    );
    expect(await count('_prisma_migrations')).toBe(before);
    expect(await count('Vault')).toBe(0);
  });
});

describe('an embedded data folder migrated by a newer version of the portal', () => {
  it('is refused by npm run db:migrate, naming VAULT_DATA_DIR, and left as it is', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'vault-newer-'));
    try {
      const dataDir = path.join(folder, 'pglite');
      const embedded = await startEmbeddedPostgres({ dataDir });
      await applyMigrations(embedded.url);
      await adminQuery(
        embedded.url,
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('newer', 'x', now(), '29990101000000_from_the_future', 1)`,
      );
      await embedded.stop();
      const result = await runNpm('db:migrate', { env: { VAULT_DATA_DIR: dataDir } });
      expectProblem(result, /The database was migrated by a newer version of Vault Portal \(29990101000000_from_the_future is not known to this one\): run that version or a later one, or point VAULT_DATA_DIR at another database/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

/** A real PostgreSQL server, where roles have rights: the one the integration tests run against, or the local default one. */
async function postgresServer(): Promise<string | undefined> {
  const candidate = process.env.TEST_POSTGRES_URL || 'postgresql://postgres:postgres@127.0.0.1:5432/postgres';
  try {
    await adminQuery(candidate, 'SELECT 1');
    return candidate;
  } catch {
    return undefined;
  }
}

describe('a PostgreSQL role without rights', () => {
  it.for(['start', 'db:migrate'])('npm run %s: a user that may not create tables is told which grant it lacks', async (command, context) => {
    const admin = await postgresServer();
    if (!admin) return context.skip('needs a PostgreSQL server: set TEST_POSTGRES_URL');
    const suffix = `${process.pid}_${command.replace(/\W/g, '')}`;
    const role = `vault_reader_${suffix}`;
    const database = `vault_no_rights_${suffix}`;
    await adminQuery(admin, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await adminQuery(admin, `DROP ROLE IF EXISTS ${role}`);
    await adminQuery(admin, `CREATE ROLE ${role} LOGIN PASSWORD 'reader'`);
    // Owned by the administrator: since PostgreSQL 15 nobody else may create tables in its public schema.
    await adminQuery(admin, `CREATE DATABASE ${database}`);
    try {
      const url = withUrl(admin, (u) => {
        u.username = role;
        u.password = 'reader';
        u.pathname = `/${database}`;
      });
      const result = await runNpm(command, { env: { DATABASE_URL: url, PORT: String(await freePort()) } });
      expectProblem(
        result,
        new RegExp(`User "${role}" may not create tables in database "${database}" \\(permission denied for schema public\\): grant it \\(GRANT CREATE ON SCHEMA public TO "${role}"\\)`),
      );
    } finally {
      await adminQuery(admin, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await adminQuery(admin, `DROP ROLE IF EXISTS ${role}`);
    }
  });
});
