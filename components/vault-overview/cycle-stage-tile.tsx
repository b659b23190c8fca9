import { STAGE_LABELS, type CycleStage } from '@/lib/domain/cycle/operations';
import type { StatusTone } from '@/lib/domain/protection-status';
import type { VaultOverview } from '@/lib/schemas/vault-overview';
import { OverviewTile } from './overview-tile';
import { StatusCountList } from './status-count-list';

// The stages of the failback cycle, in its order; the failover-to-Azure stages the portal
// does not run itself show only when some item is in them.
const ALWAYS_SHOWN: readonly CycleStage[] = [
  'FailedOverToAzure',
  'ReprotectingToOnPremises',
  'ProtectedToOnPremises',
  'FailingBack',
  'FailbackFailed',
  'FailbackCommitPending',
  'CommittedOnPremises',
  'ReprotectingToAzure',
  'ProtectedToAzure',
];

const TONES: Record<CycleStage, StatusTone> = {
  ProtectedToAzure: 'success',
  FailingOverToAzure: 'informative',
  FailoverToAzureFailed: 'danger',
  FailoverToAzureCommitPending: 'warning',
  FailedOverToAzure: 'neutral',
  ReprotectingToOnPremises: 'informative',
  ProtectedToOnPremises: 'success',
  FailingBack: 'informative',
  FailbackFailed: 'danger',
  FailbackCommitPending: 'warning',
  CommittedOnPremises: 'neutral',
  ReprotectingToAzure: 'informative',
};

/** How many items stand at each stage of the failback cycle. */
export function CycleStageTile({ overview }: { overview: VaultOverview }) {
  const order = new Map(ALWAYS_SHOWN.map((stage, index) => [stage, index]));
  const counts = overview.itemsByCycleStage
    .filter(({ stage, count }) => order.has(stage) || count > 0)
    .toSorted((a, b) => (order.get(a.stage) ?? -1) - (order.get(b.stage) ?? -1))
    .map(({ stage, count }) => ({ key: stage, label: STAGE_LABELS[stage], count, tone: TONES[stage] }));
  return (
    <OverviewTile title="Failback" caption={`By stage of the failback cycle · ${overview.totalItems} replicated items`}>
      <StatusCountList counts={counts} total={overview.totalItems} />
    </OverviewTile>
  );
}
