import { readFileSync } from 'node:fs';

// Resident memory of the portal's processes, read from /proc (Linux, where the portal runs).

export interface ProcessMemory {
  pid: number;
  name: string;
  rssMb: number;
}

function children(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function describe(pid: number): ProcessMemory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    const title = /Name:\s+(.+)/.exec(status)?.[1] ?? '';
    const name = title.startsWith('next-server')
      ? 'next-server (pages, API, job runner)'
      : command.includes('start') || command.includes('dev')
        ? 'npm start process (embedded PostgreSQL)'
        : command.slice(0, 3).join(' ');
    return { pid, name, rssMb: rssKb / 1024 };
  } catch {
    return undefined;
  }
}

/** The process and everything it started, still running. */
export function processTreeMemory(root: number): ProcessMemory[] {
  const all: ProcessMemory[] = [];
  const visit = (pid: number) => {
    const memory = describe(pid);
    if (memory) all.push(memory);
    for (const child of children(pid)) visit(child);
  };
  visit(root);
  return all;
}

/** Prints one line per process and the total; returns the total in MB. */
export function printMemory(label: string, root: number, targetMb?: number): number {
  const processes = processTreeMemory(root);
  const total = processes.reduce((sum, p) => sum + p.rssMb, 0);
  console.log(`  resident memory, ${label}:`);
  for (const p of processes) console.log(`    ${p.name.padEnd(44)} pid ${String(p.pid).padEnd(8)} ${p.rssMb.toFixed(0).padStart(6)} MB`);
  const verdict = targetMb === undefined ? '' : total <= targetMb ? ` (target <= ${targetMb} MB: ok)` : ` (target <= ${targetMb} MB: OVER)`;
  console.log(`    ${'total'.padEnd(57)} ${total.toFixed(0).padStart(6)} MB${verdict}`);
  return total;
}
