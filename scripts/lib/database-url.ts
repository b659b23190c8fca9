import { StartupProblem } from './problems';

const EXAMPLE_URL = 'postgresql://user:password@host:5432/database';

/** DATABASE_URL as a URL, or the problem with it. */
export function parseDatabaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch (error) {
    throw malformed('it is not a URL', error);
  }
  if (url.protocol !== 'postgresql:' && url.protocol !== 'postgres:') throw malformed(`it starts with ${url.protocol}// instead of postgresql://`);
  if (!url.hostname) throw malformed('it names no host');
  if (url.port && !(Number(url.port) > 0)) throw malformed(`its port ${url.port} is not a port number`);
  return url;
}

function malformed(reason: string, detail?: unknown): StartupProblem {
  return new StartupProblem(
    `DATABASE_URL is not a valid PostgreSQL URL (${reason}): write it as ${EXAMPLE_URL}, or unset it to use the embedded database.`,
    detail,
  );
}
