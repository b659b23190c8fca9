import { kernelLabel, osLabel } from '@/lib/domain/reprotect/os-version';
import { vaultPath } from '@/components/shell/vault-sections';
import type { MasterTargetView } from '@/lib/schemas/infrastructure';
import { heartbeatStatus } from '@/lib/domain/infrastructure/heartbeat';
import { masterTargetVerdict } from '@/lib/domain/infrastructure/verdicts';
import { DataTable } from './data-table';
import { PortalLink } from './portal-link';
import { StatusLabel } from './status-label';

const COLUMNS = [
  { key: 'name', title: 'Name' },
  { key: 'checks', title: 'Prerequisites' },
  { key: 'os', title: 'Operating system' },
  { key: 'host', title: 'ESXi host' },
  { key: 'heartbeat', title: 'Last heartbeat' },
  { key: 'role', title: 'Installed as' },
  { key: 'disks', title: 'Disks' },
];

export function MasterTargetsTable({ masterTargets, vaultName, now }: { masterTargets: MasterTargetView[]; vaultName: string; now: Date }) {
  const base = vaultPath(vaultName, 'infrastructure');
  const rows = masterTargets.map((mt) => {
    const verdict = masterTargetVerdict(mt, now);
    const heartbeat = heartbeatStatus(mt.lastHeartbeat, now);
    return {
      id: mt.id,
      cells: [
        <PortalLink key="name" href={`${base}/master-targets/${mt.id}`}>
          {mt.name}
        </PortalLink>,
        <StatusLabel key="verdict" tone={verdict.tone}>
          {verdict.label}
        </StatusLabel>,
        `${osLabel(mt)} (${kernelLabel(mt)})`,
        mt.esxiHost.name,
        <StatusLabel key="hb" tone={heartbeat.fresh ? 'success' : 'danger'}>
          {heartbeat.label}
        </StatusLabel>,
        mt.isCombinedPsMt ? 'Process server + master target' : 'Master target',
        String(mt.attachedDiskCount + mt.reprotectedDiskCount),
      ],
    };
  });
  return <DataTable label="Master target servers" columns={COLUMNS} rows={rows} empty="No master target server is registered with this vault." />;
}
