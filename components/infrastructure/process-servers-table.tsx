import { vaultPath } from '@/components/shell/vault-sections';
import type { ProcessServerView } from '@/lib/schemas/infrastructure';
import { heartbeatStatus } from '@/lib/domain/infrastructure/heartbeat';
import type { SiteConnectivity } from '@/lib/domain/reprotect/facts';
import { locationLabel, processServerVerdict } from '@/lib/domain/infrastructure/verdicts';
import { DataTable } from './data-table';
import { PortalLink } from './portal-link';
import { StatusLabel } from './status-label';

const COLUMNS = [
  { key: 'name', title: 'Name' },
  { key: 'location', title: 'Location' },
  { key: 'failback', title: 'For failback' },
  { key: 'health', title: 'Health' },
  { key: 'heartbeat', title: 'Last heartbeat' },
  { key: 'cs', title: 'Reaches the CS' },
  { key: 'networks', title: 'Reachable from networks' },
];

export function ProcessServersTable({ servers, connectivity, vaultName, now }: { servers: ProcessServerView[]; connectivity: SiteConnectivity; vaultName: string; now: Date }) {
  const base = vaultPath(vaultName, 'infrastructure');
  const rows = servers.map((ps) => {
    const heartbeat = heartbeatStatus(ps.lastHeartbeat, now);
    const verdict = processServerVerdict(ps, connectivity, now);
    return {
      id: ps.id,
      cells: [
        <PortalLink key="name" href={`${base}/process-servers/${ps.id}`}>
          {ps.friendlyName}
        </PortalLink>,
        locationLabel(ps.location),
        <StatusLabel key="verdict" tone={verdict.tone}>
          {verdict.label}
        </StatusLabel>,
        <StatusLabel key="health" tone={ps.health === 'Healthy' ? 'success' : ps.health === 'Warning' ? 'warning' : 'danger'}>
          {ps.health}
        </StatusLabel>,
        <StatusLabel key="hb" tone={heartbeat.fresh ? 'success' : 'danger'}>
          {heartbeat.label}
        </StatusLabel>,
        ps.canReachConfigurationServer ? 'Yes' : 'No',
        ps.reachableFromNetworks.join(', ') || '—',
      ],
    };
  });
  return <DataTable label="Process servers" columns={COLUMNS} rows={rows} empty="No process server is registered with this vault." />;
}
