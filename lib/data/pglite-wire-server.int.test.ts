import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

let server: EmbeddedPostgres;
let pool: pg.Pool;

beforeAll(async () => {
  server = await startEmbeddedPostgres();
  pool = new pg.Pool({ connectionString: server.url, max: 8 });
  await pool.query('CREATE TABLE counter (id int PRIMARY KEY, value int NOT NULL)');
  await pool.query('INSERT INTO counter VALUES (1, 0)');
});
afterAll(async () => {
  await pool.end();
  await server.stop();
});

describe('the embedded database shared by many connections', () => {
  it('keeps parameterised statements of concurrent connections apart', async () => {
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        pool.query<{ echo: string; n: number }>('SELECT $1::text AS echo, $2::int AS n', [`value-${n}`, n]),
      ),
    );
    results.forEach((result, n) => expect(result.rows[0]).toEqual({ echo: `value-${n}`, n }));
  });

  it('runs concurrent transactions one after the other, losing no update', async () => {
    const increments = Array.from({ length: 40 }, async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const { rows } = await client.query<{ value: number }>('SELECT value FROM counter WHERE id = $1', [1]);
        await client.query('UPDATE counter SET value = $1 WHERE id = $2', [rows[0]!.value + 1, 1]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    });
    const reads = Array.from({ length: 40 }, () => pool.query('SELECT value FROM counter WHERE id = $1', [1]));
    await Promise.all([...increments, ...reads]);
    const { rows } = await pool.query<{ value: number }>('SELECT value FROM counter WHERE id = 1');
    expect(rows[0]!.value).toBe(40);
  });

  it('never shows another connection a transaction that is still open', async () => {
    const writer = await pool.connect();
    await writer.query('BEGIN');
    await writer.query('UPDATE counter SET value = -1 WHERE id = 1');
    const read = pool.query<{ value: number }>('SELECT value FROM counter WHERE id = 1');
    await writer.query('UPDATE counter SET value = 1000 WHERE id = 1');
    await writer.query('COMMIT');
    writer.release();
    expect((await read).rows[0]!.value).toBe(1000);
  });

  it('rolls back the transaction of a connection that disconnects in the middle of it', async () => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query('BEGIN');
    await client.query('UPDATE counter SET value = 5 WHERE id = 1');
    await client.end();
    const { rows } = await pool.query<{ value: number }>('SELECT value FROM counter WHERE id = 1');
    expect(rows[0]!.value).toBe(1000);
  });
});

describe('the embedded database port asks for the password of this run', () => {
  const withCredentials = (user: string, password: string) => {
    const url = new URL(server.url);
    url.username = user;
    url.password = password;
    return url.toString();
  };

  async function connectError(connectionString: string): Promise<{ code?: string; message: string }> {
    const client = new pg.Client({ connectionString });
    try {
      await client.connect();
      await client.end();
      return { message: 'connected' };
    } catch (error) {
      return error as { code?: string; message: string };
    }
  }

  it('refuses a wrong password as PostgreSQL does (28P01), and the session stays usable for others', async () => {
    const refused = await connectError(withCredentials('postgres', 'postgres'));
    expect(refused).toMatchObject({ code: '28P01', message: 'password authentication failed for user "postgres"' });
    const { rows } = await pool.query<{ one: number }>('SELECT 1 AS one');
    expect(rows[0]!.one).toBe(1);
  });

  it('refuses another role (28000) and another database (3D000)', async () => {
    expect(await connectError(withCredentials('admin', new URL(server.url).password))).toMatchObject({ code: '28000' });
    const otherDatabase = new URL(server.url);
    otherDatabase.pathname = '/vault';
    expect(await connectError(otherDatabase.toString())).toMatchObject({ code: '3D000', message: 'database "vault" does not exist' });
  });

  it('never shows the password on the socket: the exchange is SCRAM-SHA-256', async () => {
    const password = decodeURIComponent(new URL(server.url).password);
    const seen: Buffer[] = [];
    const client = new pg.Client({ connectionString: server.url });
    const stream = (client as unknown as { connection: { stream: import('node:net').Socket } }).connection.stream;
    stream.on('data', (chunk: Buffer) => seen.push(chunk));
    const written = stream.write.bind(stream);
    stream.write = ((chunk: Buffer | string, ...rest: never[]) => {
      seen.push(Buffer.from(chunk));
      return written(chunk, ...rest);
    }) as typeof stream.write;
    await client.connect();
    await client.query('SELECT 1');
    await client.end();
    const bytes = Buffer.concat(seen);
    expect(bytes.includes('SCRAM-SHA-256')).toBe(true);
    expect(bytes.includes(password)).toBe(false);
    expect(password.length).toBeGreaterThanOrEqual(24);
  });
});
