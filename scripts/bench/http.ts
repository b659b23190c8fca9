import { gzipSync } from 'node:zlib';

/** Who the bench calls the portal as: a token of the bench account (set by run.ts). */
let benchHeaders: Record<string, string> = {};

export function callAs(headers: Record<string, string>): void {
  benchHeaders = headers;
}

export function authorizationHeaders(): Record<string, string> {
  return benchHeaders;
}

export interface Timing {
  label: string;
  samples: number[];
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** Times `count` sequential GETs (after a few unmeasured warm-up requests). */
export async function timeRequests(label: string, url: string, count: number, warmup = 5, headers = benchHeaders): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await get(url, headers);
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await get(url, headers);
    samples.push(performance.now() - start);
  }
  return { label, samples };
}

async function get(url: string, headers = benchHeaders): Promise<string> {
  const response = await fetch(url, { cache: 'no-store', headers, redirect: 'manual' });
  const body = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${body.slice(0, 200)}`);
  return body;
}

export function report(timings: Timing[], baseline: Timing, targetRatio: number): boolean {
  const baseP95 = percentile(baseline.samples, 95);
  let allMet = true;
  console.log(`  ${'request'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p95 ÷ trivial'.padStart(14)}`);
  for (const timing of [baseline, ...timings]) {
    const p95 = percentile(timing.samples, 95);
    const ratio = p95 / baseP95;
    const met = timing === baseline || ratio <= targetRatio;
    allMet &&= met;
    console.log(
      `  ${timing.label.padEnd(44)} ${percentile(timing.samples, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${(timing === baseline ? '—' : `${ratio.toFixed(2)}x ${met ? 'ok' : 'OVER'}`).padStart(14)}`,
    );
  }
  return allMet;
}

export interface ScriptBytes {
  files: number;
  /** Gzipped bytes of every script a browser with module support loads with the page, framework included. */
  bytes: number;
  /** Gzipped bytes of the legacy polyfills (`<script nomodule>`), which only browsers without module scripts fetch. */
  legacyBytes: number;
}

/** Gzipped size of every script a page loads, framework included. */
export async function gzippedScriptBytes(pageUrl: string): Promise<ScriptBytes> {
  const html = await get(pageUrl);
  const tags = new Map([...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].map((m) => [m[1]!, /\snomodule/i.test(m[0])]));
  let bytes = 0;
  let legacyBytes = 0;
  for (const [src, legacy] of tags) {
    const size = gzipSync(await get(new URL(src, pageUrl).toString())).length;
    if (legacy) legacyBytes += size;
    else bytes += size;
  }
  return { files: [...tags.values()].filter((legacy) => !legacy).length, bytes, legacyBytes };
}

/** "286.3 KB gzipped in 44 files (ok)", with the polyfills apart. */
export function describeScriptBytes(js: ScriptBytes, budgetKb: number): string {
  const kb = js.bytes / 1024;
  const legacy = js.legacyBytes > 0 ? `; + ${(js.legacyBytes / 1024).toFixed(1)} KB of polyfills for browsers without module scripts` : '';
  return `${kb.toFixed(1)} KB gzipped in ${js.files} files (${kb <= budgetKb ? 'ok' : 'OVER'}${legacy})`;
}
