import { vaultPath } from '@/components/shell/vault-sections';
import type { ConfigurationServerView, VCenterView } from '@/lib/schemas/infrastructure';
import type { DatastoreView, MasterTargetView, ProcessServerView } from '@/lib/schemas/infrastructure';
import { assessConnectivity } from '@/lib/domain/infrastructure/connectivity';
import { heartbeatStatus } from '@/lib/domain/infrastructure/heartbeat';
import { masterTargetVerdict, processServerVerdict } from '@/lib/domain/infrastructure/verdicts';
import type { SiteConnectivity } from '@/lib/domain/reprotect/facts';
import { DataTable } from './data-table';
import { PortalLink } from './portal-link';
import { StatusLabel } from './status-label';
import { pluralize } from '@/lib/domain/plural';

export interface InfrastructureOverviewData {
  connectivity: SiteConnectivity;
  configurationServers: ConfigurationServerView[];
  processServers: ProcessServerView[];
  masterTargets: MasterTargetView[];
  vcenters: VCenterView[];
  datastores: DatastoreView[];
}

const COLUMNS = [
  { key: 'what', title: 'Component' },
  { key: 'count', title: 'Registered' },
  { key: 'state', title: 'For failback' },
];

/** Every part of the site that reprotect draws on, each with how much of it the blade can use. */
export function InfrastructureOverview({ data, vaultName, now }: { data: InfrastructureOverviewData; vaultName: string; now: Date }) {
  const base = vaultPath(vaultName, 'infrastructure');
  const network = assessConnectivity(data.connectivity);
  const connectedCs = data.configurationServers.filter((cs) => cs.connected && heartbeatStatus(cs.lastHeartbeat, now).fresh).length;
  const usablePs = data.processServers.filter((ps) => processServerVerdict(ps, data.connectivity, now).tone !== 'danger').length;
  const readyMt = data.masterTargets.filter((mt) => masterTargetVerdict(mt, now).failed === 0).length;
  const hosts = data.vcenters.reduce((sum, vc) => sum + vc.hosts.length, 0);
  const tone = (good: number, all: number) => (all > 0 && good === all ? 'success' : good > 0 ? 'warning' : 'danger');

  const rows = [
    { id: 'cs', link: 'configuration-servers', what: 'Configuration servers', count: data.configurationServers.length, state: [tone(connectedCs, data.configurationServers.length), `${connectedCs} connected`] },
    { id: 'ps', link: 'process-servers', what: 'Process servers', count: data.processServers.length, state: [tone(usablePs, data.processServers.length), `${usablePs} usable`] },
    { id: 'mt', link: 'master-targets', what: 'Master target servers', count: data.masterTargets.length, state: [tone(readyMt, data.masterTargets.length), `${readyMt} pass every check`] },
    { id: 'vc', link: 'vcenters', what: 'vCenter servers', count: data.vcenters.length, state: ['neutral', `${hosts} ESXi hosts`] },
    { id: 'ds', link: 'datastores', what: 'Datastores', count: data.datastores.length, state: ['neutral', `${data.datastores.filter((d) => d.type !== 'NFS').length} VMFS or vSAN`] },
    { id: 'net', link: 'connectivity', what: 'Network connectivity', count: network.failbackPaths.length, state: [network.reprotectAllowed ? 'success' : 'danger', network.reprotectAllowed ? 'Reprotect allowed' : 'Reprotect blocked'] },
  ] as const;

  return (
    <DataTable
      label="Site Recovery infrastructure"
      columns={COLUMNS}
      empty="Nothing is registered."
      rows={rows.map((row) => ({
        id: row.id,
        cells: [
          <PortalLink key="what" href={`${base}/${row.link}`}>
            {row.what}
          </PortalLink>,
          row.id === 'net' ? pluralize(row.count, 'failback path') : String(row.count),
          <StatusLabel key="state" tone={row.state[0]}>
            {row.state[1]}
          </StatusLabel>,
        ],
      }))}
    />
  );
}
