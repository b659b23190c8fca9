'use client';

import { Badge, Caption1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { LocalTime } from '@/components/shell/local-time';
import type { ReplicatedItemDetail } from '@/lib/schemas/replicated-item-detail';

/** The recovery points the item's policy produces while it is protected (the failback policy from Azure, the forward policy to Azure). */
export function RecoveryPointsTile({ item }: { item: ReplicatedItemDetail }) {
  const { recoveryPoints: points } = item;
  return (
    <section aria-label="Recovery points" className="vp-panel">
      <h3>Recovery points</h3>
      {points.total === 0 ? (
        <Caption1>
          {item.protectionState === 'ReprotectInProgress'
            ? 'Recovery points appear once reverse replication has synchronized the disks.'
            : item.protectionState === 'Protected'
              ? 'No recovery point yet: the first one comes once replication has synchronized the disks, and the VM cannot fail over before.'
              : 'No recovery points yet.'}
        </Caption1>
      ) : (
        <>
          <dl className="vp-definition-list">
            <dt>Recovery points</dt>
            <dd data-testid="recovery-point-count">{points.total}</dd>
            <dt>Latest app-consistent</dt>
            <dd>{points.latestAppConsistent ? <LocalTime iso={points.latestAppConsistent} /> : '—'}</dd>
            <dt>Oldest kept</dt>
            <dd>{points.oldest ? <LocalTime iso={points.oldest} /> : '—'}</dd>
          </dl>
          <Table size="small" aria-label="Latest recovery points">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Time</TableHeaderCell>
                <TableHeaderCell>Type</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {points.latest.map((point) => (
                <TableRow key={point.time + point.type}>
                  <TableCell>
                    <LocalTime iso={point.time} />
                  </TableCell>
                  <TableCell>
                    <Badge appearance="tint" color={point.type === 'AppConsistent' ? 'brand' : 'informative'}>
                      {point.type === 'AppConsistent' ? 'App-consistent' : 'Crash-consistent'}
                    </Badge>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
