// How the client hooks read the portal's GET routes: one request shape, one way to fail.

/** The route answered with an error status; the message is what the operator sees. */
export class HttpError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** The route says that what was asked for does not exist (HTTP 404). */
export class NotFoundError extends HttpError {}

export interface GetJsonOptions {
  /** What is being read, as the start of a sentence: "The list of jobs". */
  what: string;
  signal?: AbortSignal;
  /**
   * The route answers a refusal (4xx) with a body of the same type, an ActionResult, as
   * the reprotect dry run does: such a body is returned rather than thrown.
   */
  refusalsInBody?: boolean;
}

/**
 * Reads one of the portal's JSON routes, never from the browser's cache. The routes and
 * the pages ship together and share the DTO types; validating the payload again here would
 * only add the response schemas to the browser bundle.
 */
export async function getJson<T>(url: string, { what, signal, refusalsInBody = false }: GetJsonOptions): Promise<T> {
  const response = await fetch(url, { signal, cache: 'no-store', headers: { accept: 'application/json' } });
  if (response.ok) return (await response.json()) as T;
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  if (refusalsInBody && response.status < 500 && isJson) return (await response.json()) as T;
  if (response.status === 404) throw new NotFoundError(`${what} was not found.`, 404);
  throw new HttpError(`${what} could not be loaded (HTTP ${response.status}).`, response.status);
}
