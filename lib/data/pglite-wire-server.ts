import 'server-only';
import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';
import { SCRAM_MECHANISM, ScramError, ScramExchange, scramVerifier } from './scram';
import {
  authenticationSasl,
  authenticationSaslContinue,
  authenticationSaslFinal,
  fatalError,
  saslInitialResponse,
  startupParameters,
} from './wire-messages';

// PGlite is one PostgreSQL session. This server lets many client connections share
// it without their statements mixing: a connection holds the session from the first
// message of an exchange until the Sync (or simple Query) that ends it, and for as
// long as it keeps a transaction open. Messages are handed to PGlite a whole
// exchange at a time, so no other connection can slip in between Parse and Sync.
//
// PGlite itself accepts any login, so the server checks the password (SCRAM-SHA-256, as
// PostgreSQL does) before a connection's StartupMessage ever reaches PGlite.

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const EXCHANGE_ENDS = new Set(['S', 'Q']);
/** PGlite's one role and one database: anything else is refused as PostgreSQL refuses it. */
const ROLE = 'postgres';
const DATABASE = 'postgres';
/** A password exchange is a few hundred bytes; more is not a client of ours. */
const MAX_AUTH_MESSAGE = 8192;

class SessionTurn {
  private holder: object | null = null;
  private waiters: Array<() => void> = [];

  async acquire(owner: object): Promise<void> {
    while (this.holder !== null && this.holder !== owner) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.holder = owner;
  }

  release(owner: object): void {
    if (this.holder !== owner) return;
    this.holder = null;
    for (const wake of this.waiters.splice(0)) wake();
  }
}

export interface WireServer {
  port: number;
  stop(): Promise<void>;
}

export interface WireServerOptions {
  host: string;
  port: number;
  /** Every connection must prove it knows this password. */
  password: string;
}

export async function serveOverWire(db: PGlite, options: WireServerOptions): Promise<WireServer> {
  const turn = new SessionTurn();
  const sockets = new Set<Socket>();
  const verifier = scramVerifier(options.password);

  async function run(owner: object, socket: Socket, bytes: Buffer, endsExchange: boolean): Promise<void> {
    await turn.acquire(owner);
    try {
      await db.runExclusive(() =>
        db.execProtocolRawStream(new Uint8Array(bytes), {
          onRawData: (chunk) => {
            if (socket.writable) socket.write(Buffer.from(chunk));
          },
        }),
      );
    } finally {
      if (endsExchange && !db.isInTransaction()) turn.release(owner);
    }
  }

  async function abandon(owner: object): Promise<void> {
    await turn.acquire(owner);
    try {
      if (db.isInTransaction()) await db.exec('ROLLBACK');
    } finally {
      turn.release(owner);
    }
  }

  function attach(socket: Socket): void {
    sockets.add(socket);
    socket.setNoDelay(true);
    const owner = {};
    let buffer = Buffer.alloc(0);
    let phase: 'startup' | 'password' | 'session' = 'startup';
    let startup = Buffer.alloc(0);
    let scram: ScramExchange | null = null;
    let pending: Buffer[] = [];
    let chain = Promise.resolve();
    const enqueue = (bytes: Buffer, endsExchange: boolean) => {
      chain = chain
        .then(() => run(owner, socket, bytes, endsExchange))
        .catch(() => {
          socket.destroy();
        });
    };
    const refuse = (code: string, text: string) => {
      socket.end(fatalError(code, text));
      phase = 'startup';
      buffer = Buffer.alloc(0);
    };

    function onStartup(message: Buffer): void {
      const code = message.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSS_REQUEST) socket.write('N');
      else if (code !== PROTOCOL_3) socket.destroy();
      else {
        const params = startupParameters(message);
        const user = params.get('user') ?? '';
        const database = params.get('database') ?? user;
        if (user !== ROLE) return refuse('28000', `role "${user}" does not exist`);
        if (database !== DATABASE) return refuse('3D000', `database "${database}" does not exist`);
        startup = Buffer.from(message);
        scram = new ScramExchange(verifier);
        phase = 'password';
        socket.write(authenticationSasl(SCRAM_MECHANISM));
      }
    }

    function onPassword(type: string, body: Buffer): void {
      if (type !== 'p' || !scram) return refuse('08P01', 'expected a password message');
      try {
        if (phase === 'password' && !scram.started) {
          const { mechanism, data } = saslInitialResponse(body);
          if (mechanism !== SCRAM_MECHANISM) return refuse('28000', `SASL mechanism ${mechanism} is not supported`);
          socket.write(authenticationSaslContinue(scram.first(data)));
          return;
        }
        const verdict = scram.final(body.toString('utf8'));
        if (!verdict) return refuse('28P01', `password authentication failed for user "${ROLE}"`);
        socket.write(authenticationSaslFinal(verdict));
        phase = 'session';
        enqueue(startup, true);
      } catch (error) {
        if (error instanceof ScramError) return refuse('08P01', error.message);
        throw error;
      }
    }

    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      while (socket.writable) {
        if (phase === 'startup') {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (length < 8 || length > MAX_AUTH_MESSAGE) return void socket.destroy();
          if (buffer.length < length) return;
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (message.readInt32BE(4) === CANCEL_REQUEST) return void socket.destroy();
          onStartup(message);
          continue;
        }
        if (buffer.length < 5) return;
        const length = 1 + buffer.readInt32BE(1);
        if (phase === 'password' && length > MAX_AUTH_MESSAGE) return void socket.destroy();
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0]!);
        const message = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
        if (phase === 'password') {
          onPassword(type, message.subarray(5));
          continue;
        }
        if (type === 'X') {
          socket.end();
          return;
        }
        pending.push(message);
        if (EXCHANGE_ENDS.has(type) || type === 'H') {
          enqueue(Buffer.concat(pending), EXCHANGE_ENDS.has(type));
          pending = [];
        }
      }
    });
    const close = () => {
      if (!sockets.delete(socket)) return;
      // A connection that never finished its password exchange never touched the session.
      if (phase === 'session') chain = chain.then(() => abandon(owner)).catch(() => undefined);
    };
    socket.on('close', close);
    socket.on('error', close);
  }

  const server: Server = createServer(attach);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, resolve);
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the embedded database did not get a TCP port');
  return {
    port: address.port,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
