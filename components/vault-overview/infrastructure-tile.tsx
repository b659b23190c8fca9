'use client';

import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';
import { StatusIcon } from '@/components/replicated-items/status-icon';
import { vaultPath } from '@/components/shell/vault-sections';
import { HEARTBEAT_STALE_AFTER_MINUTES } from '@/lib/domain/reprotect/constants';
import type { InfrastructureHealth } from '@/lib/schemas/vault-overview';
import { OverviewTile } from './overview-tile';

const ROLES: { key: keyof InfrastructureHealth; label: string }[] = [
  { key: 'configurationServers', label: 'Configuration servers' },
  { key: 'processServers', label: 'Process servers' },
  { key: 'masterTargets', label: 'Master target servers' },
];

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', ...typographyStyles.body1 },
  headerCell: {
    ...typographyStyles.caption1Strong,
    textAlign: 'left',
    color: tokens.colorNeutralForeground2,
    paddingBottom: '4px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  cell: { paddingBlock: '6px', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  rowHeader: { textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  count: { display: 'inline-flex', alignItems: 'center', gap: '6px', fontVariantNumeric: 'tabular-nums' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Health of the servers that replication depends on, split into healthy and not healthy. */
export function InfrastructureTile({ vaultName, health }: { vaultName: string; health: InfrastructureHealth }) {
  const styles = useStyles();
  return (
    <OverviewTile
      title="Infrastructure health"
      caption={`Healthy: heard from within ${HEARTBEAT_STALE_AFTER_MINUTES} minutes, no reported problem`}
      footerLink={{ href: vaultPath(vaultName, 'infrastructure'), label: 'Site Recovery infrastructure' }}
    >
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col" className={styles.headerCell}>
              Server role
            </th>
            <th scope="col" className={styles.headerCell}>
              Healthy
            </th>
            <th scope="col" className={styles.headerCell}>
              Not healthy
            </th>
          </tr>
        </thead>
        <tbody>
          {ROLES.map(({ key, label }) => {
            const { healthy, unhealthy } = health[key];
            return (
              <tr key={key}>
                <th scope="row" className={mergeClasses(styles.cell, styles.rowHeader)}>
                  {label}
                </th>
                <td className={styles.cell}>
                  <span className={styles.count}>
                    <StatusIcon tone={healthy > 0 ? 'success' : 'neutral'} />
                    {healthy}
                  </span>
                </td>
                <td className={styles.cell}>
                  <span className={styles.count}>
                    <StatusIcon tone={unhealthy > 0 ? 'danger' : 'neutral'} />
                    <span className={unhealthy > 0 ? undefined : styles.muted}>{unhealthy}</span>
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </OverviewTile>
  );
}
