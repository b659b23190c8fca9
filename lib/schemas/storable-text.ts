// Text that PostgreSQL cannot keep: a `text` value may not hold NUL (U+0000), and a
// UTF-16 surrogate without its partner has no UTF-8 form (it would be stored as U+FFFD,
// silently changed). Requests that carry such text are refused before anything reads
// the database, naming where the text was, instead of failing inside a query.

const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** How deep a request's values are searched: deeper nesting is itself refused. */
export const MAX_VALUE_DEPTH = 32;

/** What is wrong with a string as stored text, or null when it can be stored as it is. */
export function unstorableTextProblem(text: string): string | null {
  if (text.includes(NUL)) return 'contains a NUL character (U+0000), which cannot be stored';
  if (LONE_SURROGATE.test(text)) return 'contains an unpaired UTF-16 surrogate, which is not valid Unicode text';
  return null;
}

export interface UnstorableValue {
  /** Where in the value: "volumes.0.volumeName", or "" for the value itself. */
  path: string;
  problem: string;
}

function joinPath(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${String(key)}`;
}

/**
 * The first string (value or object key) anywhere in `value` that cannot be stored, or a
 * nesting deeper than MAX_VALUE_DEPTH; null when everything can be stored.
 */
export function findUnstorableText(value: unknown, path = '', depth = 0): UnstorableValue | null {
  if (typeof value === 'string') {
    const problem = unstorableTextProblem(value);
    return problem ? { path, problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (depth >= MAX_VALUE_DEPTH) return { path, problem: `is nested more than ${MAX_VALUE_DEPTH} levels deep` };
  const entries: Array<[string | number, unknown]> = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    if (typeof key === 'string') {
      const keyProblem = unstorableTextProblem(key);
      if (keyProblem) return { path: joinPath(path, printable(key)), problem: `has a name that ${keyProblem}` };
    }
    const found = findUnstorableText(item, joinPath(path, key), depth + 1);
    if (found) return found;
  }
  return null;
}

/** A name as a message may quote it: unstorable characters shown as escapes, at most 64 characters. */
export function printable(text: string): string {
  const shown = text.length > 64 ? `${text.slice(0, 64)}…` : text;
  return shown.replace(/[\u0000-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
}

/** The first query parameter (name or value) that cannot be stored, named for the caller. */
export function findUnstorableParameter(params: URLSearchParams): UnstorableValue | null {
  for (const [name, value] of params) {
    const nameProblem = unstorableTextProblem(name);
    if (nameProblem) return { path: printable(name), problem: `has a name that ${nameProblem}` };
    const problem = unstorableTextProblem(value);
    if (problem) return { path: printable(name), problem };
  }
  return null;
}
