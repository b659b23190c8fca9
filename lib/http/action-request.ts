import { MAX_VALUE_DEPTH } from '../schemas/storable-text';

// A server action call as the portal's own pages make it: POST with the action's id in
// the Next-Action header and its arguments as JSON text in React's reply encoding. The
// proxy checks a call against this before Next.js decodes it, because Next.js answers a
// malformed, oversized or otherwise unreadable call with a 500.

export const SERVER_ACTION_HEADER = 'next-action';
/** As large as Next.js lets a server action's body be (its default body size limit). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/**
 * The routes that answer programs rather than browsers: the portal's JSON routes and the
 * automation API in Azure Resource Manager's shape. They take tokens, any method their
 * handlers define, and answer refusals as JSON.
 */
const API_PREFIXES = ['/api/', '/subscriptions/'];

export function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/** The automation API answers errors in Azure Resource Manager's shape. */
export function isArmPath(pathname: string): boolean {
  return pathname.startsWith('/subscriptions/');
}

export interface RequestProblem {
  status: 400 | 405 | 413 | 415;
  message: string;
}

/**
 * What is wrong with a request to a page (anything outside /api and /_next) before its
 * body is read: pages are read with GET; changes come as server action calls.
 */
export function pageRequestProblem(method: string, isActionCall: boolean, contentType: string | null, contentLength: string | null): RequestProblem | null {
  const verb = method.toUpperCase();
  if (verb === 'GET' || verb === 'HEAD') return null;
  if (verb !== 'POST' || !isActionCall) {
    return { status: 405, message: `A page of this portal is opened with GET; ${verb} is not accepted here. Changes are made with the page's commands or through the /api routes.` };
  }
  const type = (contentType ?? '').trim().toLowerCase();
  if (!type.startsWith('text/plain')) {
    const sent = contentType ? `'${contentType.slice(0, 100)}'` : 'no Content-Type';
    return { status: 415, message: `A server action call must send its arguments as JSON text (Content-Type: text/plain); this one sent ${sent}.` };
  }
  const length = Number(contentLength ?? NaN);
  if (Number.isFinite(length) && length > MAX_ACTION_BODY_BYTES) return tooLarge();
  return null;
}

const FORM_TYPE = /^\s*(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/**
 * A write to the API sent as a form: no route takes one (they read JSON), and Next.js,
 * failing to find the route, would parse the form as a server action and answer a
 * malformed one with a 500.
 */
export function apiRequestProblem(method: string, contentType: string | null): RequestProblem | null {
  if (['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase()) || !FORM_TYPE.test(contentType ?? '')) return null;
  return { status: 415, message: `The portal's API reads JSON bodies (Content-Type: application/json); this request sent '${(contentType ?? '').slice(0, 100)}'.` };
}

export function tooLarge(): RequestProblem {
  return { status: 413, message: `The server action call is larger than ${MAX_ACTION_BODY_BYTES / (1024 * 1024)} MB, the most a call may send.` };
}

// The special strings React's reply encoding allows without parts of a multipart body:
// an escaped "$", undefined, the non-finite numbers, -0, a date and a big integer.
const SELF_CONTAINED_REFERENCE = /^\$(?:\$[\s\S]*|undefined|NaN|Infinity|-Infinity|-0|D[\s\S]*|n-?\d{1,400})$/;

function referenceProblem(value: unknown, depth: number): string | null {
  if (typeof value === 'string') {
    if (value.startsWith('$') && !SELF_CONTAINED_REFERENCE.test(value)) {
      return `the argument value '${value.slice(0, 40)}' refers to a part the call does not have`;
    }
    return null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_VALUE_DEPTH) return `the arguments are nested more than ${MAX_VALUE_DEPTH} levels deep`;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const problem = referenceProblem(item, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** What is wrong with a server action call's body (UTF-8 bytes), or null when Next.js can decode it. */
export function actionBodyProblem(bytes: Uint8Array): RequestProblem | null {
  if (bytes.byteLength > MAX_ACTION_BODY_BYTES) return tooLarge();
  let text: string;
  try {
    // A byte-order mark is kept, as Next.js keeps it: it is not JSON.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { status: 400, message: 'The server action call is not valid UTF-8 text.' };
  }
  let args: unknown;
  try {
    args = JSON.parse(text);
  } catch {
    return { status: 400, message: 'The server action call is not valid JSON: its arguments could not be read.' };
  }
  if (!Array.isArray(args)) return { status: 400, message: 'The server action call must send its arguments as a JSON array.' };
  const problem = referenceProblem(args, 0);
  return problem ? { status: 400, message: `The server action call cannot be read: ${problem}.` } : null;
}
