import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';
import { allowedHostNames, hostAllowed } from './lib/domain/access/allowed-hosts';
import { contentSecurityPolicy, isCrossOriginWrite, REQUESTED_PATH_HEADER, SECURITY_HEADERS, SESSION_COOKIE_PREFIX } from './lib/domain/access/security-headers';
import { actionBodyProblem, apiRequestProblem, isApiPath, isArmPath, pageRequestProblem, SERVER_ACTION_HEADER, type RequestProblem } from './lib/http/action-request';
import { problemPage } from './lib/http/problem-page';
import { pathProblem, queryProblem } from './lib/http/url-input';

// In front of every request: answer only to allowed host names (DNS rebinding), refuse
// writes from other origins, refuse what Next.js itself cannot parse (malformed
// addresses, unreadable server action calls, forms sent to the API: it would answer
// those with a 500), send
// pages to sign-in when there is no session, and put the security headers on every
// response. Each page, action and route still checks the caller and its input itself;
// this only turns the obvious cases away early.

const ALLOWED_HOSTS = allowedHostNames(process.env);
const DEVELOPMENT = process.env.NODE_ENV === 'development';
/** Pages anyone may open. */
const PUBLIC_PAGES = new Set(['/sign-in', '/status']);

const TITLES: Record<number, string> = {
  400: 'This address is not valid',
  403: 'This request was refused',
  405: 'This request is not accepted here',
  413: 'This request is too large',
  415: 'This request is not in a form the portal reads',
  421: 'This portal does not answer to that name',
};

/** Azure Resource Manager's error codes for the refusals made here. */
const ARM_CODES: Record<number, string> = {
  400: 'InvalidRequestContent',
  403: 'Forbidden',
  405: 'MethodNotAllowed',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  421: 'InvalidHost',
};

/**
 * A refusal in the form the caller reads: plain text for a server action call (the
 * portal's pages show it as the call's error), a page for a browser opening a page,
 * JSON for everyone else.
 */
function refuse(request: NextRequest, status: number, message: string, headers: Record<string, string> = {}): NextResponse {
  let response: NextResponse;
  const { pathname } = request.nextUrl;
  const wantsPage = !isApiPath(pathname) && (request.headers.get('accept') ?? '').includes('text/html');
  if (request.headers.has(SERVER_ACTION_HEADER)) {
    response = new NextResponse(message, { status, headers: { 'Content-Type': 'text/plain' } });
  } else if (wantsPage) {
    response = new NextResponse(problemPage(status, TITLES[status] ?? 'This request was refused', message), { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
  } else if (isArmPath(pathname)) {
    response = NextResponse.json({ error: { code: ARM_CODES[status] ?? 'BadRequest', message } }, { status });
  } else {
    response = NextResponse.json({ error: message }, { status });
  }
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...headers, 'Cache-Control': 'no-store' })) response.headers.set(name, value);
  return response;
}

const refuseProblem = (request: NextRequest, problem: RequestProblem) =>
  refuse(request, problem.status, problem.message, problem.status === 405 ? { Allow: 'GET, HEAD' } : {});

/** A request for a page (or a server action call to one) that Next.js could not handle without a 500. */
async function pageRequestRefusal(request: NextRequest): Promise<RequestProblem | null> {
  const isActionCall = request.headers.has(SERVER_ACTION_HEADER);
  const problem = pageRequestProblem(request.method, isActionCall, request.headers.get('content-type'), request.headers.get('content-length'));
  if (problem || !isActionCall) return problem;
  return actionBodyProblem(new Uint8Array(await request.clone().arrayBuffer()));
}

export async function proxy(request: NextRequest) {
  const host = request.headers.get('host');
  if (!hostAllowed(host, ALLOWED_HOSTS)) {
    return refuse(request, 421, `This portal does not answer to the host name ${JSON.stringify(host ?? '')}. Add it to VAULT_ALLOWED_HOSTS to allow it.`);
  }
  if (isCrossOriginWrite(request.method, request.headers.get('origin'), host)) {
    return refuse(request, 403, 'A change to the portal must come from one of its own pages.');
  }

  const { pathname, search, searchParams } = request.nextUrl;
  const malformed = pathProblem(pathname) ?? queryProblem(searchParams);
  if (malformed) return refuse(request, 400, malformed.message);
  const isApi = isApiPath(pathname);
  if (!pathname.startsWith('/_next/')) {
    const problem = isApi ? apiRequestProblem(request.method, request.headers.get('content-type')) : await pageRequestRefusal(request);
    if (problem) return refuseProblem(request, problem);
  }

  const isPage = !isApi && !pathname.startsWith('/_next/') && !pathname.includes('.');
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
