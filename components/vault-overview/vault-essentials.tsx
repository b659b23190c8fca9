'use client';

import { Link, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import type { VaultSummary } from '@/lib/schemas/vault';

// The JSON view's blade loads when it is opened.
const VaultJsonView = dynamic(() => import('./vault-json-view').then((module) => module.VaultJsonView), { ssr: false });

const useStyles = makeStyles({
  root: {
    paddingBottom: '12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'baseline' },
  heading: { ...typographyStyles.body1Strong, margin: '0 0 8px' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))',
    columnGap: '48px',
  },
  column: { margin: 0 },
  row: { display: 'grid', gridTemplateColumns: '170px 1fr', paddingBlock: '3px', ...typographyStyles.body1 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
});

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
  const styles = useStyles();
  const [jsonOpen, setJsonOpen] = useState(false);
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
    <section aria-label="Essentials" className={styles.root}>
      <div className={styles.header}>
        <h2 className={styles.heading}>Essentials</h2>
        <Link as="button" onClick={() => setJsonOpen(true)}>
          JSON View
        </Link>
      </div>
      <div className={styles.grid}>
        {[left, right].map((column, index) => (
          <dl key={index} className={styles.column}>
            {column.map(([term, value]) => (
              <div key={term} className={styles.row}>
                <dt className={styles.term}>{term}</dt>
                <dd className={styles.value}>{value}</dd>
              </div>
            ))}
          </dl>
        ))}
      </div>
      {jsonOpen ? <VaultJsonView vault={vault} onClose={() => setJsonOpen(false)} /> : null}
    </section>
  );
}
