import { LAB_ANCHORS, labPath } from '@/components/lab/lab-links';
import { vaultPath } from '@/components/shell/vault-sections';
import type { VCenterView } from '@/lib/schemas/infrastructure';
import { accessLabel } from '@/lib/domain/infrastructure/verdicts';
import { DataTable } from './data-table';
import { Panel } from './panel';
import { FixInLabLink, PortalLink } from './portal-link';

const COLUMNS = [
  { key: 'host', title: 'ESXi host', width: '22%' },
  { key: 'version', title: 'Version', width: '10%' },
  { key: 'mts', title: 'Master targets on it', width: '24%' },
  { key: 'mounts', title: 'Datastores mounted' },
];

/** The vCenter inventory the configuration server discovered: hosts and what each mounts. */
export function VCentersView({ vcenters, vaultName }: { vcenters: VCenterView[]; vaultName: string }) {
  const base = vaultPath(vaultName, 'infrastructure');
  if (vcenters.length === 0) return <p>No vCenter server is registered with this vault.</p>;
  return (
    <div className="vp-stack">
      {vcenters.map((vc) => (
        <Panel
          key={vc.id}
          title={vc.friendlyName}
          description={`vCenter ${vc.version} at ${vc.ipAddress}, discovered by ${vc.configurationServerName}.`}
          actions={<FixInLabLink href={labPath(vaultName, LAB_ANCHORS.datastoreMounts)} label="Mount a datastore in the lab" />}
        >
          <DataTable
            label={`ESXi hosts of ${vc.friendlyName}`}
            columns={COLUMNS}
            empty="This vCenter server has no ESXi host."
            rows={vc.hosts.map((host) => ({
              id: host.id,
              cells: [
                <strong key="name">{host.name}</strong>,
                host.version,
                host.masterTargets.length === 0 ? '—' : (
                  <span key="mts">
                    {host.masterTargets.map((mt, index) => (
                      <span key={mt.id}>
                        {index > 0 ? ', ' : null}
                        <PortalLink href={`${base}/master-targets/${mt.id}`}>{mt.name}</PortalLink>
                      </span>
                    ))}
                  </span>
                ),
                host.mounts.length === 0 ? '—' : (
                  <ul key="mounts" className="vp-plain-list" aria-label={`Datastores mounted on ${host.name}`}>
                    {host.mounts.map((mount) => (
                      <li key={mount.datastoreId}>
                        <PortalLink href={`${base}/datastores/${mount.datastoreId}`}>{mount.datastoreName}</PortalLink> · {mount.type} ·{' '}
                        {accessLabel(mount.access)}
                      </li>
                    ))}
                  </ul>
                ),
              ],
            }))}
          />
        </Panel>
      ))}
    </div>
  );
}
