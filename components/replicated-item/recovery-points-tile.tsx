import grid from '@/components/lists/lists.module.css';
import { SmallTableHead } from '@/components/lists/small-table-head';
import { LocalTime } from '@/components/shell/local-time';
import type { ReplicatedItemDetail } from '@/lib/schemas/replicated-item-detail';
import styles from './item.module.css';

/** The recovery points the item's policy produces while it is protected (the failback policy from Azure, the forward policy to Azure). */
export function RecoveryPointsTile({ item }: { item: ReplicatedItemDetail }) {
  const { recoveryPoints: points } = item;
  return (
    <section aria-label="Recovery points" className="vp-panel">
      <h3>Recovery points</h3>
      {points.total === 0 ? (
        <span className={styles.caption}>
          {item.protectionState === 'ReprotectInProgress'
            ? 'Recovery points appear once reverse replication has synchronized the disks.'
            : item.protectionState === 'Protected'
              ? 'No recovery point yet: the first one comes once replication has synchronized the disks, and the VM cannot fail over before.'
              : 'No recovery points yet.'}
        </span>
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
          <table aria-label="Latest recovery points" className={`${grid.table} ${grid.small}`}>
            <SmallTableHead titles={['Time', 'Type']} />
            <tbody>
              {points.latest.map((point) => (
                <tr key={point.time + point.type} className={`${grid.row} ${grid.interactive}`}>
                  <td className={grid.cell}>
                    <LocalTime iso={point.time} />
                  </td>
                  <td className={grid.cell}>
                    <span className={`${styles.badge} ${point.type === 'AppConsistent' ? styles.brand : styles.informative}`}>
                      {point.type === 'AppConsistent' ? 'App-consistent' : 'Crash-consistent'}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
