import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

// The server side of SCRAM-SHA-256 (RFC 5802 and 7677), the password exchange PostgreSQL
// itself uses: the password never crosses the socket, and a listener on the loopback port
// learns nothing it could replay. Channel binding is not offered (the port speaks no TLS).

export const SCRAM_MECHANISM = 'SCRAM-SHA-256';

export interface ScramVerifier {
  salt: Buffer;
  iterations: number;
  storedKey: Buffer;
  serverKey: Buffer;
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

/** What the server keeps instead of the password (the generated passwords are ASCII, so SASLprep changes nothing). */
export function scramVerifier(password: string, iterations = 4096): ScramVerifier {
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  return { salt, iterations, storedKey: sha256(hmac(salted, 'Client Key')), serverKey: hmac(salted, 'Server Key') };
}

function attributes(message: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of message.split(',')) {
    const eq = part.indexOf('=');
    if (eq === 1) map.set(part[0]!, part.slice(2));
  }
  return map;
}

export class ScramError extends Error {}

/** One client's exchange: first() answers the client's first message, final() checks its proof. */
export class ScramExchange {
  private clientFirstBare = '';
  private gs2Header = '';
  private serverFirst = '';
  private nonce = '';

  constructor(private readonly verifier: ScramVerifier) {}

  /** Whether the client's first message has been answered. */
  get started(): boolean {
    return this.serverFirst !== '';
  }

  first(clientFirst: string): string {
    // gs2 header: "n,," (no channel binding) or "y,," (client could, thinks we cannot).
    const match = /^([ny]),([^,]*),(.*)$/.exec(clientFirst);
    if (!match) throw new ScramError('malformed SCRAM client-first-message');
    this.gs2Header = `${match[1]},${match[2]},`;
    this.clientFirstBare = match[3]!;
    const clientNonce = attributes(this.clientFirstBare).get('r');
    if (!clientNonce) throw new ScramError('SCRAM client-first-message without a nonce');
    this.nonce = clientNonce + randomBytes(18).toString('base64');
    this.serverFirst = `r=${this.nonce},s=${this.verifier.salt.toString('base64')},i=${this.verifier.iterations}`;
    return this.serverFirst;
  }

  /** The server-final-message when the proof holds; null when the password was wrong. */
  final(clientFinal: string): string | null {
    const proofAt = clientFinal.lastIndexOf(',p=');
    if (proofAt < 0 || !this.serverFirst) throw new ScramError('malformed SCRAM client-final-message');
    const withoutProof = clientFinal.slice(0, proofAt);
    const fields = attributes(withoutProof);
    if (fields.get('r') !== this.nonce) throw new ScramError('SCRAM nonce mismatch');
    if (fields.get('c') !== Buffer.from(this.gs2Header).toString('base64')) throw new ScramError('SCRAM channel binding mismatch');
    const proof = Buffer.from(clientFinal.slice(proofAt + 3), 'base64');
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${withoutProof}`;
    const signature = hmac(this.verifier.storedKey, authMessage);
    if (proof.length !== signature.length) return null;
    const clientKey = Buffer.from(proof.map((byte, i) => byte ^ signature[i]!));
    if (!timingSafeEqual(sha256(clientKey), this.verifier.storedKey)) return null;
    return `v=${hmac(this.verifier.serverKey, authMessage).toString('base64')}`;
  }
}
