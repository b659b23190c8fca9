import { heartbeatStatus } from '@/lib/domain/infrastructure/heartbeat';
import type { ConfigurationServerView } from '@/lib/schemas/infrastructure';
import { DataTable } from './data-table';
import { StatusLabel } from './status-label';
import { pluralize } from '@/lib/domain/plural';

const COLUMNS = [
  { key: 'name', title: 'Name' },
  { key: 'connection', title: 'Connection state' },
  { key: 'heartbeat', title: 'Last heartbeat' },
  { key: 'version', title: 'Agent version' },
  { key: 'ip', title: 'IP address' },
  { key: 'servers', title: 'Servers registered' },
];

/** The configuration servers of the vault: the on-premises hub every other server reports to. */
export function ConfigurationServersTable({ servers, now }: { servers: ConfigurationServerView[]; now: Date }) {
  const rows = servers.map((cs) => {
    const heartbeat = heartbeatStatus(cs.lastHeartbeat, now);
    const connected = cs.connected && heartbeat.fresh;
    return {
      id: cs.id,
      cells: [
        <strong key="name">{cs.friendlyName}</strong>,
        <StatusLabel key="state" tone={connected ? 'success' : 'danger'}>
          {connected ? 'Connected' : 'Not connected'}
        </StatusLabel>,
        <StatusLabel key="hb" tone={heartbeat.fresh ? 'success' : 'danger'}>
          {heartbeat.label}
        </StatusLabel>,
        cs.agentVersion,
        cs.ipAddress,
        `${cs.processServerCount} process, ${cs.masterTargetCount} master target, ${cs.vcenterCount} vCenter; ${pluralize(cs.policyCount, 'policy', 'policies')}`,
      ],
    };
  });
  return <DataTable label="Configuration servers" columns={COLUMNS} rows={rows} empty="No configuration server is registered with this vault." />;
}
