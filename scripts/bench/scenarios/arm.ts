import { inMageReprotectDetails } from '../../../test/arm-reprotect-input';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import { SiteRecoveryManagementClient, type ReverseReplicationInput } from '@azure/arm-recoveryservices-siterecovery';
import { SDK_API_VERSION } from '../../../lib/arm/api-versions';
import { containerName, vaultResourceId } from '../../../lib/arm/resource-ids';
import { loadReprotectFacts } from '../../../lib/data/reprotect-facts';
import { createBenchVault } from '../../../lib/data/seed/bench-vault';
import { firstAcceptedChoices, type MachineChoices } from '../../../lib/domain/reprotect/auto-choices';
import { authorizationHeaders, report, timeRequests, type Timing } from '../http';
import { defineScenario } from '../scenarios';

const SAMPLES = 60;
const JOBS = 100_000;
const REPROTECTS = 50;

/**
 * The official SDK pointed at the bench server with the bench token; a policy notes every POST's
 * time and final status, retries included, and another the status of each attempt the SDK sent.
 */
function sdkClient(baseUrl: string, subscriptionId: string, posts: Array<{ ms: number; status: number }>, attempts: number[]): SiteRecoveryManagementClient {
  const credential = { getToken: async () => ({ token: 'unused', expiresOnTimestamp: Date.now() + 3_600_000 }) };
  const client = new SiteRecoveryManagementClient(credential, subscriptionId, { endpoint: baseUrl, allowInsecureConnection: true });
  client.pipeline.removePolicy({ name: 'bearerTokenAuthenticationPolicy' });
  const timed: PipelinePolicy = {
    name: 'benchTimedToken',
    async sendRequest(request, next) {
      request.headers.set('Authorization', authorizationHeaders().authorization!);
      const start = performance.now();
      const response = await next(request);
      if (request.method === 'POST') posts.push({ ms: performance.now() - start, status: response.status });
      return response;
    },
  };
  client.pipeline.addPolicy(timed);
  const attempt: PipelinePolicy = {
    name: 'benchAttempts',
    async sendRequest(request, next) {
      const response = await next(request);
      if (request.method === 'POST') attempts.push(response.status);
      return response;
    },
  };
  client.pipeline.addPolicy(attempt, { afterPhase: 'Retry' });
  return client;
}

/** The URL of a list's page `page`, reached as a client does: by following each page's nextLink. */
async function nextLinkOfPage(firstPage: string, page: number): Promise<string> {
  let url = firstPage;
  for (let reached = 1; reached < page; reached += 1) {
    const response = await fetch(url, { headers: authorizationHeaders() });
    const { nextLink } = (await response.json()) as { nextLink?: string };
    if (!nextLink) throw new Error(`the list ends before page ${page}`);
    url = nextLink;
  }
  return url;
}

export const armApi = defineScenario({
  name: 'arm-api',
  title: `Automation API: ${REPROTECTS} SDK reprotects at once, and replicationJobs over ${JOBS.toLocaleString('en')} jobs (target: all accepted; p95 <= 3x the trivial route)`,
  async prepare(db) {
    const vault = await createBenchVault(db, { items: 2_000, jobs: JOBS, masterTargets: 90, name: 'bench-arm' });
    const row = await db.vault.findUniqueOrThrow({ where: { id: vault.vaultId } });
    const masterTargets = await db.masterTargetServer.findMany({ where: { vaultId: vault.vaultId }, select: { id: true }, orderBy: { name: 'asc' } });
    const candidates = await db.replicatedItem.findMany({
      where: { vaultId: vault.vaultId, protectionState: 'UnplannedFailoverCommitted', replicationGroupId: null },
      select: { id: true, configurationServerId: true, forwardPolicy: { select: { failbackPolicy: { select: { friendlyName: true } } } } },
      take: 400,
    });
    // One VM per master target, as a team spreading the load would: no master target's disk limit decides.
    const used = new Set<string>();
    const calls: Array<{ path: readonly [string, string, string, string, string]; input: ReverseReplicationInput }> = [];
    for (const item of candidates) {
      // One more than the burst: the first warms the route up.
      if (calls.length === REPROTECTS + 1) break;
      const facts = await loadReprotectFacts(db, item.id);
      const free = masterTargets.map((mt) => mt.id).filter((id) => !used.has(id));
      const choices: MachineChoices | null = facts ? firstAcceptedChoices(facts, {}, free) : null;
      if (!choices || !item.forwardPolicy.failbackPolicy) continue;
      used.add(choices.masterTargetId);
      const providerSpecificDetails = await inMageReprotectDetails(db, choices, item.forwardPolicy.failbackPolicy.friendlyName);
      calls.push({
        path: [row.name, row.resourceGroup, item.configurationServerId, containerName(item.configurationServerId), item.id] as const,
        input: { properties: { failoverDirection: 'RecoveryToPrimary', providerSpecificDetails } },
      });
    }
    if (calls.length <= REPROTECTS) throw new Error(`only ${calls.length} items of the bench vault can be reprotected`);
    return { ...vault, subscriptionId: row.subscriptionId, vaultPath: vaultResourceId({ subscriptionId: row.subscriptionId, resourceGroup: row.resourceGroup, name: row.name }), calls };
  },
  async run({ baseUrl, data }) {
    const baseline = await timeRequests('trivial route GET /api/health', `${baseUrl}/api/health`, SAMPLES);
    const jobs = `${baseUrl}${data.vaultPath}/replicationJobs?api-version=${SDK_API_VERSION}`;
    const timings: Timing[] = [];
    for (const [label, query] of [
      ['replicationJobs, first page', ''],
      ["replicationJobs, $filter jobStatus eq 'Failed'", `&$filter=${encodeURIComponent("jobStatus eq 'Failed'")}`],
      ['replicationJobs, a week, Reprotect', `&$filter=${encodeURIComponent(`startTime ge '${new Date(Date.now() - 7 * 86_400_000).toISOString()}' and jobName eq 'ReverseReplication'`)}`],
    ] as const) {
      timings.push(await timeRequests(label, `${jobs}${query}`, SAMPLES));
    }
    timings.push(await timeRequests('replicationJobs, page 50 (its nextLink)', await nextLinkOfPage(jobs, 50), SAMPLES));

    // The same number of trivial requests at once, for the POSTs' comparison under the same load.
    const burst: number[] = [];
    await Promise.all(
      Array.from({ length: REPROTECTS }, async () => {
        const start = performance.now();
        await fetch(`${baseUrl}/api/health`);
        burst.push(performance.now() - start);
      }),
    );
    // One reprotect first, as the trivial route was called before its burst: the server loads
    // a route's code on its first request, once per process, and that is not what is measured.
    const [warmUp, ...burstCalls] = data.calls;
    await sdkClient(baseUrl, data.subscriptionId, [], []).replicationProtectedItems.beginReprotect(...warmUp!.path, warmUp!.input);
    const posts: Array<{ ms: number; status: number }> = [];
    const attempts: number[] = [];
    const client = sdkClient(baseUrl, data.subscriptionId, posts, attempts);
    const started = performance.now();
    const outcomes = await Promise.allSettled(burstCalls.map(({ path, input }) => client.replicationProtectedItems.beginReprotect(...path, input)));
    const wall = performance.now() - started;
    const accepted = posts.filter((post) => post.status === 202).length;
    const refused = outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => String((outcome as PromiseRejectedResult).reason).slice(0, 160));
    console.log(`  ${REPROTECTS} SDK reprotects at once: ${accepted} accepted (202), ${refused.length} refused, all started in ${wall.toFixed(0)} ms`);
    for (const reason of refused.slice(0, 3)) console.log(`    refused: ${reason}`);
    const counts = new Map<number, number>();
    for (const status of attempts) counts.set(status, (counts.get(status) ?? 0) + 1);
    const tally = [...counts].map(([status, sent]) => `${sent} × ${status}`);
    console.log(`  POSTs the SDK sent, retries included: ${attempts.length} (${tally.join(', ')})`);
    const postTiming = { label: `POST reProtect, ${REPROTECTS} at once`, samples: posts.map((post) => post.ms) };
    const burstTiming = { label: `trivial route, ${REPROTECTS} at once`, samples: burst };
    // Reads one at a time against the trivial route one at a time; the POSTs sent at once
    // against as many trivial requests sent at once, the same load on the same server.
    const listsMet = report(timings, baseline, 3);
    const postsMet = report([postTiming], burstTiming, 3);
    const met = listsMet && postsMet;
    return met && accepted === REPROTECTS;
  },
});
