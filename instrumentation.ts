// Next.js calls register() once when a server process starts. The portal runs its job
// runner in that process, so `npm start` alone executes reprotect jobs; `npm run
// worker` runs more runners beside it (or instead of it, with VAULT_RUNNER=off).

const STARTED = Symbol.for('vault-portal.job-runner');

export async function register(): Promise<void> {
  // Everything is imported inside this check only, so that the edge build of this file,
  // where NEXT_RUNTIME is 'edge', drops the imports instead of bundling the runner.
  // `next build` also loads the app to prerender it: no runner there.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Dev reloads can evaluate this module again; the flag on globalThis keeps it to one runner.
  const flags = globalThis as typeof globalThis & { [STARTED]?: boolean };
  if (flags[STARTED]) return;
  flags[STARTED] = true;
  const { startServerLifecycle } = await import('./lib/jobs/server-lifecycle');
  await startServerLifecycle();
}

/**
 * Every error of a request that Next.js caught (a page that failed to render, a route that
 * threw), logged with its digest: the reference the error page shows the operator.
 */
export function onRequestError(error: unknown, request: { method: string; path: string }, context: { routeType: string; routePath: string }): void {
  const digest = (error as { digest?: unknown } | null)?.digest;
  const reference = typeof digest === 'string' ? digest : 'none';
  console.error(`Request error (reference ${reference}): ${request.method} ${request.path} [${context.routeType} ${context.routePath}]`, error);
}
