import { randomUUID } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import type { Operation } from '../domain/access/operations';
import { accessProblem, type Permission } from '../domain/access/roles';
import type { ActivityTarget } from '../data/activity-log';
import { checkApiVersion, type ApiVersion } from './api-versions';
import { armError, armErrorFromFailure, type ArmError, type TargetMap } from './errors';
import { armIds, pathNamesVault, type ArmIds } from './resource-ids';
import { BUSY_RETRY_AFTER_SECONDS, busyFailure, type ActionResult } from '../schemas/action-result';
import { isDatabaseBusy } from '../data/refusals';
import { authorizeVault, type VaultGrant } from '../access/authorize';
import { runRecordedWrite } from '../access/recorded-write';

// Every route of the automation API (/subscriptions/…/vaults/:vaultName/…) is made with
// armRoute (reads) or armWriteRoute (changes). Each names its permission from the role
// table, as vaultRoute does, and answers in ARM's shape: a session or a Bearer token
// (401), a supported api-version (400), a vault the caller holds a role on under the
// subscription and resource group of the path (404), the permission (403); then the
// handler. A write runs with its caller in scope and records itself.

export type ArmParams = { subscriptionId: string; resourceGroupName: string; vaultName: string };

export interface ArmContext<P> {
  grant: VaultGrant;
  params: P;
  apiVersion: ApiVersion;
  ids: ArmIds;
  /** scheme://host of the request, for the absolute URLs of long-running operations. */
  origin: string;
}

export type ArmGuardedRoute<P> = ((request: NextRequest, context: { params: Promise<P> }) => Promise<Response>) & {
  permission: Permission;
  operation?: Operation;
};

export function armJson(body: unknown, status = 200, headers: Record<string, string> = {}): NextResponse {
  return NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store', 'x-ms-request-id': randomUUID(), ...headers } });
}

export function armErrorResponse(error: ArmError): NextResponse {
  const response = armJson(error.body, error.status);
  if (error.status === 401) response.headers.set('WWW-Authenticate', 'Bearer realm="vault-portal"');
  // The Azure SDK's retry policies send the same request again after this many seconds.
  if (error.status === 503) response.headers.set('Retry-After', String(BUSY_RETRY_AFTER_SECONDS));
  return response;
}

function unexpected(error: unknown, where: string): NextResponse {
  if (isDatabaseBusy(error)) return armErrorResponse(armErrorFromFailure(busyFailure().error));
  const reference = randomUUID();
  console.error(`[arm ${where}] failed unexpectedly (reference ${reference})`, error);
  return armErrorResponse(armError(500, 'InternalServerError', `The request could not be completed (reference ${reference}). Try again in a moment.`));
}

async function authorized<P extends ArmParams>(
  request: NextRequest,
  context: { params: Promise<P> },
  permission: Permission,
): Promise<ArmContext<P> | { response: NextResponse }> {
  const params = await context.params;
  // Reading needs a role of any kind: who cannot see the vault learns nothing about it, not even which role is missing.
  const authorization = await authorizeVault(request.headers, params.vaultName, 'vault.read');
  if (!authorization.ok) {
    const { kind, message } = authorization.error;
    // authorizeVault refuses only for want of a caller or of a role on the vault.
    if (kind === 'not-found') return { response: armErrorResponse(armError(404, 'ResourceNotFound', `The Resource 'Microsoft.RecoveryServices/vaults/${String(params.vaultName).slice(0, 100)}' under resource group '${String(params.resourceGroupName).slice(0, 100)}' was not found.`)) };
    return { response: armErrorResponse(armError(401, 'AuthenticationFailed', message)) };
  }
  const version = checkApiVersion(request.nextUrl.searchParams);
  if (!version.ok) return { response: armErrorResponse(armError(400, version.code, version.message)) };
  const { grant } = authorization;
  if (!pathNamesVault(params, grant.vault)) {
    return { response: armErrorResponse(armError(404, 'ResourceNotFound', `The Resource 'Microsoft.RecoveryServices/vaults/${grant.vault.name}' under resource group '${String(params.resourceGroupName).slice(0, 100)}' of subscription '${String(params.subscriptionId).slice(0, 100)}' was not found.`)) };
  }
  const problem = accessProblem(grant.role, permission, grant.vault.name);
  if (problem) {
    const caller = grant.caller.tokenName ? `${grant.caller.email} (token ${grant.caller.tokenName})` : grant.caller.email;
    return { response: armErrorResponse(armError(403, 'AuthorizationFailed', `The client '${caller}' does not have authorization to perform this action. ${problem}`)) };
  }
  return { grant, params, apiVersion: version.version, ids: armIds({ ...grant.vault }), origin: request.nextUrl.origin };
}

export function armRoute<P extends ArmParams>(
  permission: Permission,
  handler: (request: NextRequest, context: ArmContext<P>) => Promise<Response>,
): ArmGuardedRoute<P> {
  const route = async (request: NextRequest, context: { params: Promise<P> }) => {
    try {
      const access = await authorized(request, context, permission);
      return 'response' in access ? access.response : await handler(request, access);
    } catch (error) {
      return unexpected(error, `${request.method} ${request.nextUrl.pathname}`);
    }
  };
  return Object.assign(route, { permission });
}

export interface ArmWriteOptions<P> {
  permission: Permission;
  operation: Operation;
  /** What the write is about, recorded with a refusal. */
  target?: (params: P) => ActivityTarget | null;
  /** Where the portal's form fields sit in this operation's body, for the error's targets. */
  targets?: TargetMap;
}

/**
 * A write: its JSON body (undefined when empty; malformed JSON is a 400 that writes
 * nothing), then the change, whose result is the response to send or the failure that
 * ARM's error shape reports.
 */
export function armWriteRoute<P extends ArmParams>(
  options: ArmWriteOptions<P>,
  write: (body: unknown, context: ArmContext<P>) => Promise<ActionResult<Response>>,
): ArmGuardedRoute<P> {
  const route = async (request: NextRequest, context: { params: Promise<P> }) => {
    try {
      const access = await authorized(request, context, options.permission);
      if ('response' in access) return access.response;
      const body = await readArmBody(request);
      if (!body.ok) return body.response;
      const target = options.target?.(access.params) ?? null;
      const result = await runRecordedWrite(access.grant, { permission: options.permission, operation: options.operation, target }, () => write(body.value, access));
      return result.ok ? result.data : armErrorResponse(armErrorFromFailure(result.error, options.targets));
    } catch (error) {
      return unexpected(error, `${request.method} ${request.nextUrl.pathname}`);
    }
  };
  return Object.assign(route, { permission: options.permission, operation: options.operation });
}

type BodyRead = { ok: true; value: unknown } | { ok: false; response: NextResponse };

/** The request's JSON body (undefined when there is none); malformed JSON is ARM's 400. */
async function readArmBody(request: NextRequest): Promise<BodyRead> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'not JSON';
    return { ok: false, response: armErrorResponse(armError(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: ${detail.slice(0, 200)}`)) };
  }
}
