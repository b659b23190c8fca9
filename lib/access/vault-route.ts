import type { NextRequest } from 'next/server';
import type { Operation } from '../domain/access/operations';
import type { Permission } from '../domain/access/roles';
import type { ActivityTarget } from '../data/activity-log';
import { isDatabaseBusy } from '../data/refusals';
import { BUSY_RETRY_AFTER_SECONDS, HTTP_STATUS, busyFailure, type ActionFailure, type ActionResult } from '../schemas/action-result';
import { readJsonBody, unstorableUrlInput } from '../http/request-input';
import { freshJson } from '../http/vault-query';
import { authorizeVault, type VaultGrant } from './authorize';
import { runRecordedWrite } from './recorded-write';

// Every route under /api/vaults/:vaultName is made with vaultRoute (reads) or
// vaultWriteRoute (changes): input the database can hold (400 naming the segment or
// parameter otherwise), a session or an access token, a role on the vault that grants
// the route's permission, then the handler. Refusals answer 4xx as JSON, and read
// nothing else.

type Params = { vaultName: string };
export interface RouteContext<P> {
  params: Promise<P>;
}

export type GuardedRoute<P> = ((request: NextRequest, context: RouteContext<P>) => Promise<Response>) & {
  permission: Permission;
  operation?: Operation;
};

export function failureResponse(error: ActionFailure): Response {
  const response = freshJson({ error: error.message, kind: error.kind, fieldErrors: error.fieldErrors, reasons: error.reasons }, HTTP_STATUS[error.kind]);
  if (error.kind === 'unauthenticated') response.headers.set('WWW-Authenticate', 'Bearer realm="vault-portal"');
  if (error.kind === 'busy') response.headers.set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS));
  return response;
}

export function resultResponse<T>(result: ActionResult<T>, successStatus = 200): Response {
  return result.ok ? freshJson(result.data, successStatus) : failureResponse(result.error);
}

async function authorized<P extends Params>(
  request: NextRequest,
  context: RouteContext<P>,
  permission: Permission,
): Promise<{ grant: VaultGrant; params: P } | { response: Response }> {
  const params = await context.params;
  const malformed = unstorableUrlInput(params, request.nextUrl.searchParams);
  if (malformed) return { response: malformed };
  const authorization = await authorizeVault(request.headers, params.vaultName, permission);
  if (!authorization.ok) return { response: failureResponse(authorization.error) };
  return { grant: authorization.grant, params };
}

export function vaultRoute<P extends Params>(
  permission: Permission,
  handler: (request: NextRequest, access: { grant: VaultGrant; params: P }) => Promise<Response>,
): GuardedRoute<P> {
  const route = async (request: NextRequest, context: RouteContext<P>) => {
    try {
      const access = await authorized(request, context, permission);
      return 'response' in access ? access.response : await handler(request, access);
    } catch (error) {
      if (isDatabaseBusy(error)) return failureResponse(busyFailure().error);
      throw error;
    }
  };
  return Object.assign(route, { permission });
}

export interface WriteRouteOptions<P> {
  permission: Permission;
  operation: Operation;
  target?: (params: P) => ActivityTarget | null;
  /** The route takes a JSON body: read here (415, 413 or 400 when it is not one) and handed to the write. */
  body?: 'json';
}

export function vaultWriteRoute<P extends Params, T>(
  options: WriteRouteOptions<P>,
  write: (request: NextRequest, access: { grant: VaultGrant; params: P; body: unknown }) => Promise<ActionResult<T>>,
): GuardedRoute<P> {
  const route = async (request: NextRequest, context: RouteContext<P>) => {
    const access = await authorized(request, context, options.permission);
    if ('response' in access) return access.response;
    const read = options.body === 'json' ? await readJsonBody(request) : { ok: true as const, body: undefined };
    if (!read.ok) return read.response;
    const target = options.target?.(access.params) ?? null;
    return resultResponse(await runRecordedWrite(access.grant, { ...options, target }, () => write(request, { ...access, body: read.body })));
  };
  return Object.assign(route, { permission: options.permission, operation: options.operation });
}
