import type { VaultSummary } from '@/lib/schemas/vault';
import styles from './overview.module.css';
import { VaultJsonViewButton } from './vault-json-view-button';

const PEERING_LABELS: Record<VaultSummary['expressRoutePeering'], string> = {
  None: 'no peering',
  Private: 'private peering',
  Public: 'public peering',
  PrivateAndPublic: 'private and public peering',
};

function expressRouteText(vault: VaultSummary): string {
  if (!vault.expressRoute) return 'No';
  return `Yes (${PEERING_LABELS[vault.expressRoutePeering]})`;
}

/** The "Essentials" panel at the top of an Azure resource's overview. */
export function VaultEssentials({ vault }: { vault: VaultSummary }) {
  const left: [string, string][] = [
    ['Resource group', vault.resourceGroup],
    ['Location', vault.location],
    ['Subscription ID', vault.subscriptionId],
  ];
  const right: [string, string][] = [
    ['Site-to-site VPN', vault.s2sVpn ? 'Yes' : 'No'],
    ['ExpressRoute', expressRouteText(vault)],
  ];
  return (
    <section aria-label="Essentials" className={styles.essentials}>
      <div className={styles.essentialsHeader}>
        <h2 className={styles.essentialsHeading}>Essentials</h2>
        <VaultJsonViewButton vault={vault} />
      </div>
      <div className={styles.essentialsGrid}>
        {[left, right].map((column, index) => (
          <dl key={index} className={styles.essentialsColumn}>
            {column.map(([term, value]) => (
              <div key={term} className={styles.essentialsRow}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
        ))}
      </div>
    </section>
  );
}
