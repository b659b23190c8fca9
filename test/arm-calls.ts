import type { Db } from '../lib/data/db';
import { createRunner } from '../lib/jobs/runner';
import { routeRequest } from './access';

// Calls to the automation API's route handlers in tests, as ARM clients make them:
// the path below the vault, api-version, the caller's headers, a JSON body.

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

export interface ArmTestVault {
  id: string;
  name: string;
  subscriptionId: string;
  resourceGroup: string;
}

export interface ArmCallOptions {
  path: string;
  params?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  search?: string;
}

export const ITEM_ROUTE = 'replicationFabrics/[fabricName]/replicationProtectionContainers/[protectionContainerName]/replicationProtectedItems/[replicatedProtectedItemName]';
const ROUTES = '@/app/subscriptions/[subscriptionId]/resourceGroups/[resourceGroupName]/providers/Microsoft.RecoveryServices/vaults/[vaultName]';

async function route(file: string, method: string): Promise<Handler> {
  const handlers = (await import(/* @vite-ignore */ `${ROUTES}/${file}/route.ts`)) as Record<string, Handler>;
  return handlers[method]!;
}

/** Calls of one vault's routes, with `headers()` unless a call names its own. */
export function armCalls(vault: () => ArmTestVault, headers: () => Record<string, string>) {
  const base = () => `/subscriptions/${vault().subscriptionId}/resourceGroups/${vault().resourceGroup}/providers/Microsoft.RecoveryServices/vaults/${vault().name}`;
  const pathParams = () => ({ subscriptionId: vault().subscriptionId, resourceGroupName: vault().resourceGroup, vaultName: vault().name });
  async function call(file: string, method: string, options: ArmCallOptions) {
    const handler = await route(file, method);
    const request = routeRequest(`${options.path}${options.search ?? '?api-version=2023-06-01'}`, {
      method,
      headers: { ...(options.headers ?? headers()), ...(options.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: options.body,
    });
    const response = await handler(request, { params: Promise.resolve({ ...pathParams(), ...options.params }) });
    const empty = response.status === 202 || response.headers.get('content-length') === '0';
    return { status: response.status, headers: response.headers, body: empty ? null : ((await response.json()) as Record<string, unknown>) };
  }
  return { base, call };
}

/** The job an accepted operation follows, from its Azure-AsyncOperation address. */
export function operationJob(accepted: { headers: Headers }): { jobName: string; status: URL; location: URL } {
  const status = new URL(accepted.headers.get('azure-asyncoperation')!);
  const location = new URL(accepted.headers.get('location')!);
  const [jobName] = status.pathname.split('/replicationJobs/')[1]!.split('/');
  return { jobName: jobName!, status, location };
}

/** Runs the job engine at instant speed until the job has ended; its final state. */
export async function runUntilEnded(db: Db, jobId: string, options: { recoveryPoints?: boolean } = {}): Promise<string> {
  const runner = createRunner({ db, speed: 'instant', pollMs: 10, recoveryPoints: options.recoveryPoints ?? false, siteHeartbeats: false });
  runner.start();
  try {
    for (let tries = 0; tries < 1_500; tries += 1) {
      const job = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { state: true } });
      if (job.state === 'Succeeded' || job.state === 'Failed' || job.state === 'Cancelled') return job.state;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`job ${jobId} did not end`);
  } finally {
    await runner.stop();
  }
}
