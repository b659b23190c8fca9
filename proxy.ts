import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';
import { allowedHostNames, hostAllowed } from './lib/domain/access/allowed-hosts';
import { contentSecurityPolicy, isCrossOriginWrite, REQUESTED_PATH_HEADER, SECURITY_HEADERS, SESSION_COOKIE_PREFIX } from './lib/domain/access/security-headers';

// In front of every request: answer only to allowed host names (DNS rebinding), refuse
// writes from other origins, send pages to sign-in when there is no session, and put
// the security headers on every response. Each page, action and route still checks
// the caller itself; this only turns the obvious cases away early.

const ALLOWED_HOSTS = allowedHostNames(process.env);
const DEVELOPMENT = process.env.NODE_ENV === 'development';
/** Pages anyone may open. */
const PUBLIC_PAGES = new Set(['/sign-in', '/status']);

function refuse(status: number, message: string): NextResponse {
  const response = NextResponse.json({ error: message }, { status });
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export function proxy(request: NextRequest) {
  const host = request.headers.get('host');
  if (!hostAllowed(host, ALLOWED_HOSTS)) {
    return refuse(421, `This portal does not answer to the host name ${JSON.stringify(host ?? '')}. Add it to VAULT_ALLOWED_HOSTS to allow it.`);
  }
  if (isCrossOriginWrite(request.method, request.headers.get('origin'), host)) {
    return refuse(403, 'A change to the portal must come from one of its own pages.');
  }

  const { pathname, search } = request.nextUrl;
  const isPage = !pathname.startsWith('/api/') && !pathname.startsWith('/_next/') && !pathname.includes('.');
  if (isPage && !PUBLIC_PAGES.has(pathname) && request.method === 'GET' && !getSessionCookie(request, { cookiePrefix: SESSION_COOKIE_PREFIX })) {
    const target = new URL('/sign-in', request.url);
    if (pathname !== '/') target.searchParams.set('returnTo', `${pathname}${search}`);
    return NextResponse.redirect(target);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const policy = contentSecurityPolicy(nonce, DEVELOPMENT);
  const requestHeaders = new Headers(request.headers);
  // Next.js reads the nonce from the request's policy and puts it on its scripts.
  requestHeaders.set('content-security-policy', policy);
  requestHeaders.set(REQUESTED_PATH_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: '/:path*',
};
