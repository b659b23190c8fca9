import { NextResponse } from 'next/server';
import { armErrorResponse, type ArmContext, type ArmParams } from './arm-route';
import { findFabric } from '../data/fabrics';
import { parseJobSpeed } from '../domain/jobs/job-state';
import { armError } from './errors';
import { acceptedHeaders, operationUrls, type OperationAction } from './operations';
import { fabricOfContainer } from './resource-ids';

// What the automation API's route handlers share: 404s and 400s in ARM's words, the
// fabric and container a path names, and the 202 of a long-running operation.

export type FabricParams = ArmParams & { fabricName: string };
export type ContainerParams = FabricParams & { protectionContainerName: string };

export function notFound(type: string, name: string): NextResponse {
  return armErrorResponse(armError(404, 'ResourceNotFound', `The resource '${type}/${String(name).slice(0, 100)}' was not found in this vault.`));
}

export function badParameter(parameter: string, message: string): NextResponse {
  return armErrorResponse(armError(400, 'InvalidQueryParameterValue', message, { target: parameter }));
}

/** The fabric the path names, or the 404 to answer. */
export async function pathFabric(context: ArmContext<FabricParams>): Promise<{ id: string; friendlyName: string } | NextResponse> {
  const fabric = await findFabric(context.grant.vault.id, context.params.fabricName);
  return fabric ?? notFound('replicationFabrics', context.params.fabricName);
}

/** The fabric of the container the path names (its one container is "cloud_<fabric>"), or the 404 to answer. */
export async function pathContainer(context: ArmContext<ContainerParams>): Promise<{ id: string; friendlyName: string } | NextResponse> {
  const fabric = await pathFabric(context);
  if (fabric instanceof NextResponse) return fabric;
  return fabricOfContainer(context.params.protectionContainerName) === fabric.id ? fabric : notFound('replicationProtectionContainers', context.params.protectionContainerName);
}

/** 202 Accepted for an operation that its job carries on. */
export function accepted(context: ArmContext<ArmParams>, jobId: string, action: OperationAction): NextResponse {
  const urls = operationUrls(context.origin, context.ids, jobId, action, context.apiVersion);
  return new NextResponse(null, { status: 202, headers: { ...acceptedHeaders(urls, parseJobSpeed(process.env.VAULT_JOB_SPEED)), 'Cache-Control': 'no-store' } });
}
