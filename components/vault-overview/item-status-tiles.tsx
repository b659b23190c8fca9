import {
  protectionStateDescription,
  protectionStateTone,
  replicationHealthSummaryLabel,
  replicationHealthTone,
} from '@/lib/domain/protection-status';
import { DEFAULT_REPLICATED_ITEMS_QUERY, replicatedItemsHref } from '@/lib/schemas/replicated-items-params';
import type { VaultOverview } from '@/lib/schemas/vault-overview';
import { vaultPath } from '@/components/shell/vault-sections';
import { OverviewTile } from './overview-tile';
import { StatusCountList } from './status-count-list';
import { pluralize } from '@/lib/domain/plural';

interface ItemTilesProps {
  vaultName: string;
  overview: VaultOverview;
}

function itemCountCaption(total: number): string {
  return pluralize(total, 'replicated item');
}

export function ItemsByStatusTile({ vaultName, overview }: ItemTilesProps) {
  const listPath = vaultPath(vaultName, 'replicated-items');
  const counts = overview.itemsByProtectionState.map(({ state, count }) => ({
    key: state,
    label: protectionStateDescription(state),
    count,
    tone: protectionStateTone(state),
    href: replicatedItemsHref(listPath, { ...DEFAULT_REPLICATED_ITEMS_QUERY, state }),
  }));
  return (
    <OverviewTile
      title="Replicated items"
      caption={`By status · ${itemCountCaption(overview.totalItems)}`}
      footerLink={{ href: listPath, label: 'View all replicated items' }}
    >
      <StatusCountList counts={counts} total={overview.totalItems} />
    </OverviewTile>
  );
}

export function ItemsByHealthTile({ overview }: ItemTilesProps) {
  const counts = overview.itemsByReplicationHealth.map(({ health, count }) => ({
    key: health,
    label: replicationHealthSummaryLabel(health),
    count,
    tone: replicationHealthTone(health),
  }));
  return (
    <OverviewTile title="Replication health" caption={`By replication health · ${itemCountCaption(overview.totalItems)}`}>
      <StatusCountList counts={counts} total={overview.totalItems} />
    </OverviewTile>
  );
}
