import pg from 'pg';
import { InterruptedMigrationError, NewerDatabaseError, NoCreatePrivilegeError } from '../../lib/data/migrate';
import { diskFullProblem, errnoCode, StartupProblem, type Explain } from './problems';

/** Where a command's database is: a server named by DATABASE_URL, or a portal's embedded one. */
export interface DatabaseTarget {
  url: string;
  /** The embedded database's data folder; undefined for DATABASE_URL. */
  embeddedIn?: string;
}

export const CONNECT_TIMEOUT_MS = 10_000;

interface Where {
  host: string;
  port: string;
  user: string;
  database: string;
}

function where(target: DatabaseTarget): Where {
  const url = new URL(target.url);
  const user = decodeURIComponent(url.username) || process.env.USER || 'postgres';
  return {
    host: url.hostname,
    port: url.port || '5432',
    user,
    database: decodeURIComponent(url.pathname.slice(1)) || user,
  };
}

function sqlState(error: unknown): string | undefined {
  const code = errnoCode(error);
  return code && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

const serverMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The problem a database error stands for, said for the server the operator named. */
export function explainDatabase(target: DatabaseTarget): Explain {
  return (error) => (target.embeddedIn ? explainEmbedded(target, error) : explainServer(target, error));
}

function explainServer(target: DatabaseTarget, error: unknown): StartupProblem | undefined {
  const { host, port, user, database } = where(target);
  const at = `${host}:${port}`;
  const code = errnoCode(error);
  const state = sqlState(error);
  const text = serverMessage(error);
  const problem = (message: string) => new StartupProblem(message, error);
  if (code === 'ECONNREFUSED') {
    return problem(`Cannot reach the PostgreSQL server at ${at} (connection refused): start the server, or correct the host and port in DATABASE_URL.`);
  }
  if (code === 'ETIMEDOUT' || /timeout/i.test(text)) {
    return problem(
      `Cannot reach the PostgreSQL server at ${at} (timed out after ${CONNECT_TIMEOUT_MS / 1000} s): check that it runs and that no firewall drops the connection, or correct DATABASE_URL.`,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return problem(`Cannot reach the PostgreSQL server: the host "${host}" in DATABASE_URL is not known (DNS): correct the host name in DATABASE_URL.`);
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return problem(`Cannot reach the PostgreSQL server at ${at} (no route to the host): check the network, or correct DATABASE_URL.`);
  }
  if (code === 'ECONNRESET' || /Connection terminated unexpectedly/.test(text)) {
    return problem(`The server at ${at} closed the connection at once (is it PostgreSQL, and does it accept this client?): check DATABASE_URL.`);
  }
  if (state === '28P01' || state === '28000' || /SASL|password must be a string|client password/i.test(text)) {
    return problem(`PostgreSQL at ${at} refused user "${user}" (${text}): correct the user name and password in DATABASE_URL.`);
  }
  if (state === '3D000') {
    return problem(
      `The database "${database}" does not exist on ${at}: create it (createdb -h ${host} -p ${port} -U ${user} ${database}, or CREATE DATABASE "${database}"), then try again.`,
    );
  }
  if (state === '42501' || error instanceof NoCreatePrivilegeError) {
    return problem(
      `User "${user}" may not create tables in database "${database}" (${text}): grant it (GRANT CREATE ON SCHEMA public TO "${user}") or use the database's owner in DATABASE_URL, then try again.`,
    );
  }
  if (state === '53100') {
    return problem(`The PostgreSQL server at ${at} is out of disk space (${text}): free some space on the server, then try again.`);
  }
  if (state === '57P03') return problem(`The PostgreSQL server at ${at} is still starting up: start again in a moment.`);
  if (state === '53300') return problem(`The PostgreSQL server at ${at} has no free connections (${text}): close some, or raise its max_connections.`);
  return explainMigration(error, 'DATABASE_URL');
}

function explainEmbedded(target: DatabaseTarget, error: unknown): StartupProblem | undefined {
  const folder = target.embeddedIn!;
  const state = sqlState(error);
  const code = errnoCode(error);
  if (state === '53100' || code === 'ENOSPC') return diskFullProblem(folder, 'no space left', error);
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || state === '28P01') {
    return new StartupProblem(
      `The portal's embedded database for ${folder} stopped answering (${serverMessage(error)}): start the portal again with npm start.`,
      error,
    );
  }
  return explainMigration(error, 'VAULT_DATA_DIR');
}

function explainMigration(error: unknown, setting: string): StartupProblem | undefined {
  if (error instanceof NewerDatabaseError) {
    return new StartupProblem(
      `The database was migrated by a newer version of Vault Portal (${error.unknown.join(', ')} is not known to this one): run that version or a later one, or point ${setting} at another database.`,
      error,
    );
  }
  if (error instanceof InterruptedMigrationError) {
    return new StartupProblem(
      `Migration ${error.migration} was left half-applied by another tool and cannot be applied again: restore the database from a backup, or finish it by hand and record it with npx prisma migrate resolve --applied ${error.migration}.`,
      error.cause,
    );
  }
  return undefined;
}

/** Connects once, so that an unreachable or refusing server is named before anything else runs. */
export async function checkConnection(target: DatabaseTarget): Promise<void> {
  // pg without a connection timeout waits for the operating system's, minutes long.
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } finally {
    await client.end().catch(() => undefined);
  }
}
