import { z } from 'zod';
import type { Permission } from '../domain/access/roles';
import {
  createPolicyInputSchema,
  recoveryPlanUnplannedFailoverInputSchema,
  resumeJobParamsSchema,
  reprotectRequestSchema,
  unplannedFailoverInputSchema,
  updatePolicyInputSchema,
} from '../schemas/arm-requests';
import {
  errorResponseSchema,
  fabricCollectionSchema,
  fabricSchema,
  jobCollectionSchema,
  jobSchema,
  operationStatusSchema,
  policyCollectionSchema,
  policySchema,
  protectedItemCollectionSchema,
  protectedItemSchema,
  protectionContainerCollectionSchema,
  protectionContainerSchema,
  recoveryPlanCollectionSchema,
  recoveryPlanSchema,
  vCenterCollectionSchema,
} from '../schemas/arm-resources';
import { SDK_API_VERSION, SUPPORTED_API_VERSIONS } from './api-versions';

// The OpenAPI 3 document of the automation API, generated from the zod schemas the
// routes parse requests with and whose shapes they answer. One table lists every
// operation; a test checks it against the route files.

type Schema = z.ZodType;

export interface ArmOperation {
  /** Below the vault, with {parameters}. */
  path: string;
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  operationId: string;
  summary: string;
  permission: Permission;
  request?: Schema;
  /** The success status and its body (none for a 202 or a delete). */
  status: 200 | 201 | 202;
  response?: Schema;
  query?: Array<'$filter' | '$skipToken' | '$top'>;
  longRunning?: boolean;
}

const FABRIC = 'replicationFabrics/{fabricName}';
const CONTAINER = `${FABRIC}/replicationProtectionContainers/{protectionContainerName}`;
const ITEM = `${CONTAINER}/replicationProtectedItems/{replicatedProtectedItemName}`;
const JOB = 'replicationJobs/{jobName}';
const PAGED = ['$filter', '$skipToken', '$top'] as const;

export const ARM_OPERATIONS: ArmOperation[] = [
  { path: 'replicationFabrics', method: 'get', operationId: 'ReplicationFabrics_List', summary: 'The VMware fabric of each configuration server.', permission: 'vault.read', status: 200, response: fabricCollectionSchema },
  { path: FABRIC, method: 'get', operationId: 'ReplicationFabrics_Get', summary: 'A fabric with its process servers and master target servers.', permission: 'vault.read', status: 200, response: fabricSchema },
  { path: `${FABRIC}/replicationvCenters`, method: 'get', operationId: 'ReplicationvCenters_ListByReplicationFabrics', summary: 'The vCenter servers of a fabric.', permission: 'vault.read', status: 200, response: vCenterCollectionSchema },
  { path: `${FABRIC}/replicationProtectionContainers`, method: 'get', operationId: 'ReplicationProtectionContainers_ListByReplicationFabrics', summary: "A fabric's protection container.", permission: 'vault.read', status: 200, response: protectionContainerCollectionSchema },
  { path: CONTAINER, method: 'get', operationId: 'ReplicationProtectionContainers_Get', summary: 'A protection container.', permission: 'vault.read', status: 200, response: protectionContainerSchema },
  { path: `${CONTAINER}/replicationProtectedItems`, method: 'get', operationId: 'ReplicationProtectedItems_ListByReplicationProtectionContainers', summary: "A container's replicated items.", permission: 'vault.read', status: 200, response: protectedItemCollectionSchema, query: [...PAGED] },
  { path: ITEM, method: 'get', operationId: 'ReplicationProtectedItems_Get', summary: 'A replicated item.', permission: 'vault.read', status: 200, response: protectedItemSchema },
  { path: `${ITEM}/reProtect`, method: 'post', operationId: 'ReplicationProtectedItems_Reprotect', summary: 'Reprotect a VM that failed over to Azure back to on-premises (RecoveryToPrimary), or a VM committed on-premises to Azure (PrimaryToRecovery).', permission: 'items.reprotect', request: reprotectRequestSchema, status: 202, longRunning: true },
  { path: `${ITEM}/unplannedFailover`, method: 'post', operationId: 'ReplicationProtectedItems_UnplannedFailover', summary: 'Fail a VM reprotected to on-premises back from Azure (RecoveryToPrimary).', permission: 'items.failover', request: unplannedFailoverInputSchema, status: 202, longRunning: true },
  { path: `${ITEM}/failoverCommit`, method: 'post', operationId: 'ReplicationProtectedItems_FailoverCommit', summary: "Commit a VM's completed failback: its Azure VM is removed.", permission: 'items.failover', status: 202, longRunning: true },
  { path: 'replicationProtectionContainers', method: 'get', operationId: 'ReplicationProtectionContainers_List', summary: 'Every protection container of the vault.', permission: 'vault.read', status: 200, response: protectionContainerCollectionSchema },
  { path: 'replicationProtectedItems', method: 'get', operationId: 'ReplicationProtectedItems_List', summary: 'Every replicated item of the vault.', permission: 'vault.read', status: 200, response: protectedItemCollectionSchema, query: [...PAGED] },
  { path: 'replicationJobs', method: 'get', operationId: 'ReplicationJobs_List', summary: 'Jobs, newest first.', permission: 'vault.read', status: 200, response: jobCollectionSchema, query: [...PAGED] },
  { path: JOB, method: 'get', operationId: 'ReplicationJobs_Get', summary: 'A job with its tasks and errors.', permission: 'vault.read', status: 200, response: jobSchema },
  { path: `${JOB}/cancel`, method: 'post', operationId: 'ReplicationJobs_Cancel', summary: 'Cancel a job.', permission: 'jobs.manage', status: 202, longRunning: true },
  { path: `${JOB}/restart`, method: 'post', operationId: 'ReplicationJobs_Restart', summary: "Restart a failed job: its next attempt.", permission: 'jobs.manage', status: 202, longRunning: true },
  { path: `${JOB}/resume`, method: 'post', operationId: 'ReplicationJobs_Resume', summary: 'Resume a job waiting for input.', permission: 'jobs.manage', request: resumeJobParamsSchema, status: 202, longRunning: true },
  { path: `${JOB}/operationStatus/{action}`, method: 'get', operationId: 'Operations_GetStatus', summary: 'Azure-AsyncOperation: where a long-running operation stands.', permission: 'vault.read', status: 200, response: operationStatusSchema },
  { path: `${JOB}/operationResults/{action}`, method: 'get', operationId: 'Operations_GetResult', summary: 'Location: 202 while the operation runs, then its result.', permission: 'vault.read', status: 200 },
  { path: 'replicationRecoveryPlans', method: 'get', operationId: 'ReplicationRecoveryPlans_List', summary: 'Recovery plans.', permission: 'vault.read', status: 200, response: recoveryPlanCollectionSchema },
  { path: 'replicationRecoveryPlans/{recoveryPlanName}', method: 'get', operationId: 'ReplicationRecoveryPlans_Get', summary: 'A recovery plan.', permission: 'vault.read', status: 200, response: recoveryPlanSchema },
  { path: 'replicationRecoveryPlans/{recoveryPlanName}/reProtect', method: 'post', operationId: 'ReplicationRecoveryPlans_Reprotect', summary: 'Reprotect every machine of a plan that failed over to Azure back to on-premises; once the plan was committed on-premises, to Azure.', permission: 'items.reprotect', status: 202, longRunning: true },
  { path: 'replicationRecoveryPlans/{recoveryPlanName}/unplannedFailover', method: 'post', operationId: 'ReplicationRecoveryPlans_UnplannedFailover', summary: 'Fail every machine of a plan protected to on-premises back from Azure (RecoveryToPrimary).', permission: 'items.failover', request: recoveryPlanUnplannedFailoverInputSchema, status: 202, longRunning: true },
  { path: 'replicationRecoveryPlans/{recoveryPlanName}/failoverCommit', method: 'post', operationId: 'ReplicationRecoveryPlans_FailoverCommit', summary: "Commit the completed failback of every machine of a plan that waits for it.", permission: 'items.failover', status: 202, longRunning: true },
  { path: 'replicationPolicies', method: 'get', operationId: 'ReplicationPolicies_List', summary: 'Replication policies.', permission: 'vault.read', status: 200, response: policyCollectionSchema },
  { path: 'replicationPolicies/{policyName}', method: 'get', operationId: 'ReplicationPolicies_Get', summary: 'A policy.', permission: 'vault.read', status: 200, response: policySchema },
  { path: 'replicationPolicies/{policyName}', method: 'put', operationId: 'ReplicationPolicies_Create', summary: 'Create a forward policy and its failback policy.', permission: 'policies.write', request: createPolicyInputSchema, status: 201, response: policySchema },
  { path: 'replicationPolicies/{policyName}', method: 'patch', operationId: 'ReplicationPolicies_Update', summary: "Change a forward policy's values; a failback policy is refused.", permission: 'policies.write', request: updatePolicyInputSchema, status: 200, response: policySchema },
  { path: 'replicationPolicies/{policyName}', method: 'delete', operationId: 'ReplicationPolicies_Delete', summary: 'Delete a forward policy no VM uses, with its failback policy.', permission: 'policies.write', status: 200 },
];

export const VAULT_PATH = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.RecoveryServices/vaults/{vaultName}';

const ref = (schema: Schema) => {
  const id = z.globalRegistry.get(schema)?.id;
  if (!id) throw new Error('Every schema of the document has an id');
  return { $ref: `#/components/schemas/${id}` };
};

const json = (schema: Schema) => ({ 'application/json': { schema: ref(schema) } });

function parameters(operation: ArmOperation) {
  const names = [...`${VAULT_PATH}/${operation.path}`.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  return [
    ...names.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
    { name: 'api-version', in: 'query', required: true, schema: { type: 'string', enum: [...SUPPORTED_API_VERSIONS] } },
    ...(operation.query ?? []).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
  ];
}

function responses(operation: ArmOperation) {
  const success = operation.longRunning
    ? {
        description: 'Accepted: follow Azure-AsyncOperation (status) or Location (result).',
        headers: Object.fromEntries(['Azure-AsyncOperation', 'Location', 'Retry-After'].map((name) => [name, { schema: { type: 'string' } }])),
      }
    : { description: 'OK', ...(operation.response ? { content: json(operation.response) } : {}) };
  return {
    [String(operation.status)]: success,
    default: { description: 'An error in Azure Resource Manager\'s shape.', content: json(errorResponseSchema) },
  };
}

/** The document, built once per process. */
let built: object | null = null;

export function openApiDocument(): object {
  if (built) return built;
  const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'openapi-3.0', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any', io: 'output' });
  const components = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => {
    const { $id: _id, ...rest } = schema as Record<string, unknown>;
    return [id, rest];
  }));
  const paths: Record<string, Record<string, unknown>> = {};
  for (const operation of ARM_OPERATIONS) {
    const path = `${VAULT_PATH}/${operation.path}`;
    paths[path] ??= {};
    paths[path][operation.method] = {
      operationId: operation.operationId,
      summary: operation.summary,
      description: `Requires a role that grants ${operation.permission}.`,
      parameters: parameters(operation),
      ...(operation.request ? { requestBody: { required: operation.method !== 'post' || /(reProtect|unplannedFailover)$/.test(operation.path), content: json(operation.request) } } : {}),
      responses: responses(operation),
      ...(operation.longRunning ? { 'x-ms-long-running-operation': true } : {}),
    };
  }
  built = {
    openapi: '3.0.3',
    info: { title: 'Vault Portal automation API (Microsoft.RecoveryServices, Site Recovery)', version: SDK_API_VERSION },
    security: [{ bearer: [] }],
    paths,
    components: { schemas: components, securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A personal access token from Access tokens.' } } },
  };
  return built;
}
