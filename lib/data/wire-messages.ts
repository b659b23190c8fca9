// The few PostgreSQL protocol messages the wire server writes itself (the rest come from
// PGlite): the password exchange and the errors that end a connection before it.

function message(type: string, ...parts: Buffer[]): Buffer {
  const body = Buffer.concat(parts);
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

function int32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32BE(value);
  return buffer;
}

const cstring = (text: string) => Buffer.from(`${text}\0`, 'utf8');

export const authenticationSasl = (mechanism: string) => message('R', int32(10), cstring(mechanism), Buffer.from([0]));
export const authenticationSaslContinue = (data: string) => message('R', int32(11), Buffer.from(data, 'utf8'));
export const authenticationSaslFinal = (data: string) => message('R', int32(12), Buffer.from(data, 'utf8'));

/** A FATAL ErrorResponse with its SQLSTATE, as PostgreSQL sends before closing a connection. */
export function fatalError(code: string, text: string): Buffer {
  const field = (tag: string, value: string) => Buffer.concat([Buffer.from(tag, 'latin1'), cstring(value)]);
  return message('E', field('S', 'FATAL'), field('V', 'FATAL'), field('C', code), field('M', text), Buffer.from([0]));
}

/** The parameters of a StartupMessage (user, database, options …). */
export function startupParameters(startup: Buffer): Map<string, string> {
  const parts = startup.subarray(8).toString('utf8').split('\0');
  const params = new Map<string, string>();
  for (let i = 0; i + 1 < parts.length && parts[i] !== ''; i += 2) params.set(parts[i]!, parts[i + 1]!);
  return params;
}

/** The SASL data of a SASLInitialResponse ('p': mechanism, length, data). */
export function saslInitialResponse(body: Buffer): { mechanism: string; data: string } {
  const end = body.indexOf(0);
  if (end < 0 || body.length < end + 5) return { mechanism: '', data: '' };
  const length = body.readInt32BE(end + 1);
  const data = length < 0 ? '' : body.subarray(end + 5, end + 5 + length).toString('utf8');
  return { mechanism: body.subarray(0, end).toString('utf8'), data };
}
