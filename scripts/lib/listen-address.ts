import { createServer } from 'node:net';
import { errnoCode, StartupProblem } from './problems';

// Where the portal listens. Loopback unless HOST says otherwise: a rehearsal portal is for the
// person running it until they choose to open it to others.

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 3000;

export function listenPort(command: string): number {
  const text = process.env.PORT?.trim() || String(DEFAULT_PORT);
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new StartupProblem(`PORT must be a number from 1 to 65535, not "${text}": e.g. PORT=${DEFAULT_PORT} ${command}.`);
  }
  return port;
}

export function listenHost(): string {
  return process.env.HOST?.trim() || DEFAULT_HOST;
}

/** The address to show the operator: a wildcard host is reached through localhost. */
export function portalAddress(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/** Stops with a sentence when the portal could not listen there, before anything else starts. */
export async function assertCanListen(host: string, port: number, command: string): Promise<void> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ port, host, exclusive: true }, resolve);
    });
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EADDRINUSE') {
      throw new StartupProblem(
        `Port ${port} is already in use on ${host}: stop the program using it, or start on another port, e.g. PORT=${port === 65535 ? port - 1 : port + 1} ${command}.`,
        error,
      );
    }
    if (code === 'EACCES') {
      throw new StartupProblem(`Port ${port} needs administrator rights on this system: choose a port above 1023, e.g. PORT=${DEFAULT_PORT} ${command}.`, error);
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      throw new StartupProblem(
        `HOST=${host} is not an address of this machine: leave HOST unset (loopback only), or set HOST=0.0.0.0 to listen on every interface.`,
        error,
      );
    }
    throw error;
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
