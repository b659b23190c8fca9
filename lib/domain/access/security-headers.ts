// The headers every response carries, and the request checks that come before any
// route: pure functions of the request, used by the portal's proxy.

/** Prefix of the session cookie's name (the authentication library adds ".session_token"). */
export const SESSION_COOKIE_PREFIX = 'vault-portal';

/** Set by the proxy on every request: the path being opened, for the way back after sign-in. */
export const REQUESTED_PATH_HEADER = 'x-vault-portal-path';

/**
 * Scripts run only with this response's nonce (Next.js puts it on its own scripts);
 * styles may be inline, because the component library writes its styles into the
 * page and sets style attributes. Nothing may frame the portal.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that changes something (a server action, an API write) and says it
 * comes from a page of another origin. Browsers always send Origin on such
 * requests; a request without one (curl, the SDK) is judged by its credentials.
 */
export function isCrossOriginWrite(method: string, origin: string | null, host: string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase()) || origin === null) return false;
  if (origin === 'null') return true;
  try {
    return new URL(origin).host.toLowerCase() !== (host ?? '').toLowerCase();
  } catch {
    return true;
  }
}
