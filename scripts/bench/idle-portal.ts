import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_VAULT_NAME } from '../../lib/data/seed/demo-vault';
import { createPrismaClient } from '../../lib/data/db';
import { benchOwnerHeaders } from './bench-account';
import { printMemory } from './memory';
import { startPortalProcess, type PortalProcess } from '../lib/portal-process';

/** What the portal may hold resident, all its processes together, idle on the demo vault. */
export const IDLE_MEMORY_TARGET_MB = 450;
const PAGE_LOADS = 60;
const RESTARTS = 3;

const vault = `/vaults/${DEMO_VAULT_NAME}`;
const PAGES = [
  vault,
  `${vault}/replicated-items`,
  `${vault}/jobs`,
  `${vault}/recovery-plans`,
  `${vault}/policies`,
  `${vault}/infrastructure`,
  `${vault}/infrastructure/master-targets`,
  `/lab/${DEMO_VAULT_NAME}`,
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function startPortal(dataDir: string, port: number): Promise<PortalProcess & { startupMs: number }> {
  const portal = startPortalProcess({ dataDir, port });
  return Object.assign(portal, { startupMs: await portal.healthy() });
}
/** Pages are served to a signed-in user only: the loop loads them as the demo vault's owner would. */
async function signedIn(portal: PortalProcess): Promise<Record<string, string>> {
  const db = createPrismaClient(portal.databaseUrl(), 1);
  try {
    return await benchOwnerHeaders(db, portal.baseUrl);
  } finally {
    await db.$disconnect();
  }
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 3_000));

/**
 * The portal as an operator runs it: `npm start` on a new data folder (demo vault), its memory
 * idle and after a loop of page loads, then the start-up time on the existing folder.
 */
export async function benchIdlePortal(port: number): Promise<boolean> {
  const folder = mkdtempSync(path.join(tmpdir(), 'vault-bench-'));
  const dataDir = path.join(folder, 'pglite');
  try {
    const first = await startPortal(dataDir, port);
    let met = true;
    try {
      console.log(`  first start (new data folder, demo vault seeded): ${seconds(first.startupMs)}`);
      await settle();
      met = printMemory('idle after start', first.pid, IDLE_MEMORY_TARGET_MB) <= IDLE_MEMORY_TARGET_MB && met;
      const headers = await signedIn(first);
      for (let load = 0; load < PAGE_LOADS; load += 1) {
        const response = await fetch(`${first.baseUrl}${PAGES[load % PAGES.length]}`, { headers, redirect: 'manual' });
        if (!response.ok) throw new Error(`${PAGES[load % PAGES.length]} answered ${response.status}`);
        await response.text();
      }
      await settle();
      met = printMemory(`after ${PAGE_LOADS} page loads`, first.pid, IDLE_MEMORY_TARGET_MB) <= IDLE_MEMORY_TARGET_MB && met;
    } finally {
      await first.stop();
    }
    const startups: number[] = [];
    for (let run = 0; run < RESTARTS; run += 1) {
      const again = await startPortal(dataDir, port);
      startups.push(again.startupMs);
      await again.stop();
    }
    const median = [...startups].sort((a, b) => a - b)[Math.floor(RESTARTS / 2)]!;
    console.log(`  start on the existing data folder, to the first healthy answer: median ${seconds(median)} (${startups.map(seconds).join(', ')})`);
    return met;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
