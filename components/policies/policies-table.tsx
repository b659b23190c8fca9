'use client';

import { LockClosed16Regular } from '@fluentui/react-icons';
import Link from 'next/link';
import { DataTable } from '@/components/infrastructure/data-table';
import { minutesLabel, retentionLabel } from '@/lib/domain/policies/policy-rules';
import type { PolicyRow } from '@/lib/schemas/policies';
import { pluralize } from '@/lib/domain/plural';

const COLUMNS = [
  { key: 'name', title: 'Name', width: '22%' },
  { key: 'direction', title: 'Direction', width: '16%' },
  { key: 'rpo', title: 'RPO threshold', width: '9%' },
  { key: 'retention', title: 'Recovery point retention', width: '11%' },
  { key: 'app', title: 'App-consistent snapshot frequency', width: '11%' },
  { key: 'sync', title: 'Multi-VM consistency', width: '8%' },
  { key: 'association', title: 'Associated with' },
];

/** Forward policies, each followed by its failback policy, which is shown read-only and says why. */
export function PoliciesTable({ policies, listPath }: { policies: PolicyRow[]; listPath: string }) {
  const rows = policies.map((policy) => {
    const failback = policy.direction === 'Failback';
    return {
      id: policy.id,
      cells: [
        <span key="name" style={{ display: 'grid', gap: 2, paddingLeft: failback ? 16 : 0 }}>
          {failback ? (
            <strong>{policy.friendlyName}</strong>
          ) : (
            <Link href={`${listPath}?edit=${encodeURIComponent(policy.id)}`} scroll={false} aria-label={`Edit settings of ${policy.friendlyName}`} style={{ fontWeight: 600 }}>
              {policy.friendlyName}
            </Link>
          )}
          {failback ? (
            <span style={{ display: 'inline-flex', gap: 4, alignItems: 'center', color: 'var(--colorNeutralForeground3)', fontSize: 12 }}>
              <LockClosed16Regular aria-hidden />
              Read-only: created with its forward policy, with values fixed by the service
            </span>
          ) : null}
        </span>,
        failback ? 'Failback (Azure to on-premises)' : 'Forward (VMware to Azure)',
        minutesLabel(policy.recoveryPointThresholdInMinutes),
        retentionLabel(policy.recoveryPointHistoryInMinutes),
        minutesLabel(policy.appConsistentFrequencyInMinutes),
        policy.multiVmSyncStatus ? 'On' : 'Off',
        <span key="association" style={{ display: 'grid', gap: 2 }}>
          <span>Configuration server {policy.configurationServer.friendlyName}</span>
          {policy.forwardPolicy ? <span>Failback of {policy.forwardPolicy.friendlyName}</span> : null}
          {policy.failbackPolicy ? <span>Failback policy {policy.failbackPolicy.friendlyName}</span> : null}
          <span>
            {pluralize(policy.itemCount, 'replicated item')}
          </span>
        </span>,
      ],
    };
  });
  return <DataTable label="Replication policies" columns={COLUMNS} rows={rows} empty="This vault has no replication policy yet. Create one to protect VMs." />;
}
