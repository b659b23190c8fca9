import { authorizeVault } from '../../../lib/access/authorize';
import { createBenchVault } from '../../../lib/data/seed/bench-vault';
import { authorizationHeaders, percentile, report, timeRequests, type Timing } from '../http';
import { defineScenario } from '../scenarios';

const ITEMS = 2_000;
const SAMPLES = 200;
/** What the check in front of every vault request may add, p95. */
export const AUTHORIZATION_TARGET_MS = 5;

/** The check itself, in process against the portal's database, as each request makes it. */
async function timeAuthorization(label: string, headers: Headers, vaultName: string): Promise<Timing> {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES + 10; i += 1) {
    const started = performance.now();
    const result = await authorizeVault(headers, vaultName, 'vault.read');
    if (i >= 10) samples.push(performance.now() - started);
    if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
  }
  return { label, samples };
}

function only(name: string): Record<string, string> {
  const value = authorizationHeaders()[name];
  if (!value) throw new Error(`The bench account has no ${name} header`);
  return { [name]: value };
}

export const authorization = defineScenario({
  name: 'authorization',
  title: `Authorization on the Replicated items API and page, with a session and with an access token (target: the check adds <= ${AUTHORIZATION_TARGET_MS} ms p95)`,
  prepare: (db) => createBenchVault(db, { items: ITEMS, name: 'bench-authorization' }),
  async run({ baseUrl, data, databaseUrl }) {
    // The check's own cost: who calls (session or token), their role on the vault, the permission.
    process.env.DATABASE_URL ??= databaseUrl;
    // As a request reaches the server: with the host it was sent to.
    const host = { host: new URL(baseUrl).host };
    const checks = [
      await timeAuthorization('check with a session cookie', new Headers({ ...host, ...only('cookie') }), data.vaultName),
      await timeAuthorization('check with an access token', new Headers({ ...host, ...only('authorization') }), data.vaultName),
    ];
    console.log(`  ${'the check alone (in process)'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`);
    let met = true;
    for (const check of checks) {
      const p95 = percentile(check.samples, 95);
      met &&= p95 <= AUTHORIZATION_TARGET_MS;
      console.log(`  ${check.label.padEnd(44)} ${percentile(check.samples, 50).toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)}  ${p95 <= AUTHORIZATION_TARGET_MS ? 'ok' : 'OVER'}`);
    }
    // The same requests over HTTP, each caller kind, beside the trivial route that checks nobody.
    console.log('');
    const api = `${baseUrl}/api/vaults/${data.vaultName}/replicated-items`;
    const page = `${baseUrl}/vaults/${data.vaultName}/replicated-items`;
    const trivial = await timeRequests('trivial route GET /api/health (no check)', `${baseUrl}/api/health`, 60, 5, {});
    report(
      [
        await timeRequests('API with a session cookie', api, 60, 5, only('cookie')),
        await timeRequests('API with an access token', api, 60, 5, only('authorization')),
        await timeRequests('page with a session cookie', page, 60, 5, only('cookie')),
      ],
      trivial,
      Number.POSITIVE_INFINITY,
    );
    return met;
  },
});
