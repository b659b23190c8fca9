import { findUnstorableParameter, findUnstorableText, printable } from '../schemas/storable-text';

// What an address must be before anything serves it: percent-escapes that decode, and
// path segments and query values that PostgreSQL can store. Used by the proxy for every
// request and by the route wrappers for the segments Next.js hands them; pure, so that
// both say the same thing.

export interface UrlProblem {
  /** The parameter or segment named in the message. */
  field: string;
  message: string;
}

/** The first path segment that is not a valid percent-encoding of text the portal can store. */
export function pathProblem(pathname: string): UrlProblem | null {
  for (const segment of pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return {
        field: printable(segment),
        message: `The address is not valid: the path segment '${printable(segment)}' has a malformed percent-escape (each % must start an escape of UTF-8 text, such as %20).`,
      };
    }
    const problem = findUnstorableText(decoded);
    if (problem) return { field: printable(decoded), message: `The address is not valid: the path segment '${printable(decoded)}' ${problem.problem}.` };
  }
  return null;
}

/** The first query parameter (name or value) that cannot be stored. */
export function queryProblem(search: URLSearchParams): UrlProblem | null {
  const found = findUnstorableParameter(search);
  return found ? { field: found.path, message: `Invalid query parameter '${found.path}': it ${found.problem}.` } : null;
}

/** The first route parameter (as Next.js decoded it) that cannot be stored. */
export function paramsProblem(params: Record<string, unknown>): UrlProblem | null {
  for (const [name, value] of Object.entries(params)) {
    const found = findUnstorableText(value);
    if (found) return { field: name, message: `Invalid path segment '${name}': it ${found.problem}.` };
  }
  return null;
}
