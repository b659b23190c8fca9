import { findUnstorableText, printable } from '../schemas/storable-text';
import { paramsProblem, queryProblem } from './url-input';
import { freshJson } from './vault-query';

// What a request must be before anything reads the database: path segments and query
// values that PostgreSQL can store, and, where a route takes one, a JSON body of a
// sensible size. Each refusal is a 4xx naming what was wrong; none reads or writes.

/** The largest JSON body a route accepts, as for server actions. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

/** The answer to a request refused for its form, in the shape of every other refusal. */
export function inputProblem(status: 400 | 413 | 415, message: string, field?: string): Response {
  return freshJson({ error: message, kind: 'invalid', fieldErrors: field ? { [field]: message } : {}, reasons: [] }, status);
}

/** A 400 for the first path segment or query parameter that cannot be stored, or null. */
export function unstorableUrlInput(params: Record<string, unknown>, search: URLSearchParams): Response | null {
  const problem = paramsProblem(params) ?? queryProblem(search);
  return problem ? inputProblem(400, problem.message, problem.field) : null;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Whether a Content-Type header names JSON (application/json, or a +json type such as merge-patch). */
export function isJsonContentType(contentType: string | null): boolean {
  return contentType !== null && JSON_TYPE.test(contentType.trim());
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

async function readLimited(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export type JsonBody = { ok: true; body: unknown } | { ok: false; response: Response };

/**
 * The request's body as JSON: 415 unless it says it is JSON, 413 past MAX_JSON_BODY_BYTES,
 * 400 when it is empty, is not UTF-8 JSON, or holds text that cannot be stored.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BODY_BYTES): Promise<JsonBody> {
  const contentType = request.headers.get('content-type');
  if (!isJsonContentType(contentType)) {
    const said = contentType ? `'${printable(contentType)}'` : 'no Content-Type';
    return { ok: false, response: inputProblem(415, `The request body must be JSON, sent with Content-Type: application/json (this request sent ${said}).`) };
  }
  const tooLarge = { ok: false as const, response: inputProblem(413, `The request body is larger than ${megabytes(limit)}, the most a request may send.`) };
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) return tooLarge;
  const bytes = await readLimited(request, limit);
  if (bytes === null) return tooLarge;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: inputProblem(400, 'The request body is not valid UTF-8 text.') };
  }
  if (text.trim() === '') return { ok: false, response: inputProblem(400, 'The request body is empty: send a JSON object.') };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { ok: false, response: inputProblem(400, `The request body is not valid JSON: ${error instanceof Error ? error.message : 'it does not parse'}.`) };
  }
  const found = findUnstorableText(body);
  if (found) {
    const where = found.path === '' ? 'The request body' : `The request body's field '${found.path}'`;
    return { ok: false, response: inputProblem(400, `${where} ${found.problem}.`, found.path || undefined) };
  }
  return { ok: true, body };
}
