import { StatusIcon } from '@/components/replicated-items/status-icon';
import { vaultPath } from '@/components/shell/vault-sections';
import { HEARTBEAT_STALE_AFTER_MINUTES } from '@/lib/domain/reprotect/constants';
import type { InfrastructureHealth } from '@/lib/schemas/vault-overview';
import { OverviewTile } from './overview-tile';
import styles from './overview.module.css';

const ROLES: { key: keyof InfrastructureHealth; label: string }[] = [
  { key: 'configurationServers', label: 'Configuration servers' },
  { key: 'processServers', label: 'Process servers' },
  { key: 'masterTargets', label: 'Master target servers' },
];

/** Health of the servers that replication depends on, split into healthy and not healthy. */
export function InfrastructureTile({ vaultName, health }: { vaultName: string; health: InfrastructureHealth }) {
  return (
    <OverviewTile
      title="Infrastructure health"
      caption={`Healthy: heard from within ${HEARTBEAT_STALE_AFTER_MINUTES} minutes, no reported problem`}
      footerLink={{ href: vaultPath(vaultName, 'infrastructure'), label: 'Site Recovery infrastructure' }}
    >
      <table className={styles.healthTable}>
        <thead>
          <tr>
            <th scope="col" className={styles.healthHeader}>
              Server role
            </th>
            <th scope="col" className={styles.healthHeader}>
              Healthy
            </th>
            <th scope="col" className={styles.healthHeader}>
              Not healthy
            </th>
          </tr>
        </thead>
        <tbody>
          {ROLES.map(({ key, label }) => {
            const { healthy, unhealthy } = health[key];
            return (
              <tr key={key}>
                <th scope="row" className={`${styles.healthCell} ${styles.rowHeader}`}>
                  {label}
                </th>
                <td className={styles.healthCell}>
                  <span className={styles.healthCount}>
                    <StatusIcon tone={healthy > 0 ? 'success' : 'neutral'} />
                    {healthy}
                  </span>
                </td>
                <td className={styles.healthCell}>
                  <span className={styles.healthCount}>
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
