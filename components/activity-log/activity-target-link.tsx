'use client';

import Link from 'next/link';
import { useGridStyles } from '@/components/lists/grid-styles';
import { vaultPath } from '@/components/shell/vault-sections';
import type { ActivityEntryRow } from '@/lib/schemas/activity-log';

/** Where the portal shows what an entry is about; null when it has no page (a user, a token). */
export function activityTargetHref(vaultName: string, target: NonNullable<ActivityEntryRow['target']>): string | null {
  const infrastructure = vaultPath(vaultName, 'infrastructure');
  switch (target.type) {
    case 'replicatedItem':
      return `${vaultPath(vaultName, 'replicated-items')}/${target.id}`;
    case 'recoveryPlan':
      return `${vaultPath(vaultName, 'recovery-plans')}/${target.id}`;
    case 'job':
      return `${vaultPath(vaultName, 'jobs')}/${target.id}`;
    case 'policy':
      return vaultPath(vaultName, 'policies');
    case 'masterTarget':
      return `${infrastructure}/master-targets/${target.id}`;
    case 'processServer':
      return `${infrastructure}/process-servers/${target.id}`;
    case 'datastore':
      return `${infrastructure}/datastores/${target.id}`;
    case 'vcenter':
    case 'esxiHost':
      return `${infrastructure}/vcenters`;
    case 'configurationServer':
      return `${infrastructure}/configuration-servers`;
    case 'vault':
      return vaultPath(vaultName);
    case 'roleAssignment':
      return vaultPath(vaultName, 'access-control');
    default:
      return null;
  }
}

export function ActivityTargetLink({ vaultName, entry }: { vaultName: string; entry: ActivityEntryRow }) {
  const grid = useGridStyles();
  if (!entry.target) return <>—</>;
  const href = entry.vaultName === vaultName ? activityTargetHref(vaultName, entry.target) : null;
  return href ? (
    <Link href={href} className={grid.link}>
      {entry.target.name}
    </Link>
  ) : (
    <>{entry.target.name}</>
  );
}

export function ActivityJobLink({ vaultName, jobId }: { vaultName: string; jobId: string | null }) {
  const grid = useGridStyles();
  if (!jobId) return <>—</>;
  return (
    <Link href={`${vaultPath(vaultName, 'jobs')}/${jobId}`} className={grid.link}>
      View job
    </Link>
  );
}
