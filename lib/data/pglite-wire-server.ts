import { createServer, type Server, type Socket } from 'node:net';
import type { PGlite } from '@electric-sql/pglite';

// PGlite is one PostgreSQL session. This server lets many client connections share
// it without their statements mixing: a connection holds the session from the first
// message of an exchange until the Sync (or simple Query) that ends it, and for as
// long as it keeps a transaction open. Messages are handed to PGlite a whole
// exchange at a time, so no other connection can slip in between Parse and Sync.

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const EXCHANGE_ENDS = new Set(['S', 'Q']);

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

export async function serveOverWire(db: PGlite, host: string, port: number): Promise<WireServer> {
  const turn = new SessionTurn();
  const sockets = new Set<Socket>();

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
    let started = false;
    let pending: Buffer[] = [];
    let chain = Promise.resolve();
    const enqueue = (bytes: Buffer, endsExchange: boolean) => {
      chain = chain
        .then(() => run(owner, socket, bytes, endsExchange))
        .catch(() => {
          socket.destroy();
        });
    };

    socket.on('data', (data) => {
      buffer = Buffer.concat([buffer, data]);
      while (true) {
        if (!started) {
          if (buffer.length < 8) return;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) return;
          const code = buffer.readInt32BE(4);
          const message = buffer.subarray(0, length);
          buffer = buffer.subarray(length);
          if (code === SSL_REQUEST || code === GSS_REQUEST) socket.write('N');
          else if (code === CANCEL_REQUEST) socket.destroy();
          else if (code === PROTOCOL_3) {
            started = true;
            enqueue(Buffer.from(message), true);
          } else socket.destroy();
          continue;
        }
        if (buffer.length < 5) return;
        const length = 1 + buffer.readInt32BE(1);
        if (buffer.length < length) return;
        const type = String.fromCharCode(buffer[0]!);
        const message = Buffer.from(buffer.subarray(0, length));
        buffer = buffer.subarray(length);
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
      chain = chain.then(() => abandon(owner)).catch(() => undefined);
    };
    socket.on('close', close);
    socket.on('error', close);
  }

  const server: Server = createServer(attach);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
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
