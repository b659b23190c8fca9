import { LAB_ANCHORS, labPath } from '@/components/lab/lab-links';
import type { DatastoreView } from '@/lib/schemas/infrastructure';
import { accessLabel } from '@/lib/domain/infrastructure/verdicts';
import { DataTable } from './data-table';
import { DatastoreTypeLabel } from './datastores-table';
import { Panel } from './panel';
import { FixInLabLink } from './portal-link';
import { StatusLabel } from './status-label';
import { gigabytes } from '@/lib/domain/sizes';

const COLUMNS = [
  { key: 'host', title: 'ESXi host' },
  { key: 'access', title: 'Access' },
  { key: 'means', title: 'For a master target on this host' },
];

/** One datastore: what it is, and which hosts mount it and how. */
export function DatastoreDetail({ ds, vaultName }: { ds: DatastoreView; vaultName: string }) {
  return (
    <div className="vp-stack">
      <h2 className="vp-page-title">{ds.symbolicName}</h2>
      <Panel title="Essentials">
        <dl className="vp-definition-list">
          <dt>Type</dt>
          <dd>
            <DatastoreTypeLabel type={ds.type} />
          </dd>
          <dt>Capacity</dt>
          <dd>{gigabytes(ds.capacityGb)}</dd>
          <dt>Free space</dt>
          <dd>{gigabytes(ds.freeSpaceGb)}</dd>
          <dt>UUID</dt>
          <dd>{ds.uuid}</dd>
          <dt>vCenter</dt>
          <dd>{ds.vcenterName}</dd>
        </dl>
      </Panel>
      <Panel
        title="Mounted on"
        description="A master target writes to an existing VM's disks only where its host mounts the VM's datastore read-write."
        actions={<FixInLabLink href={labPath(vaultName, LAB_ANCHORS.datastoreMounts)} label="Change a mount in the lab" />}
      >
        <DataTable
          label="Hosts mounting the datastore"
          columns={COLUMNS}
          empty="No ESXi host mounts this datastore."
          rows={ds.mounts.map((mount) => ({
            id: mount.hostId,
            cells: [
              mount.hostName,
              <StatusLabel key="access" tone={mount.access === 'ReadWrite' ? 'success' : 'warning'}>
                {accessLabel(mount.access)}
              </StatusLabel>,
              mount.access === 'ReadWrite' ? 'Disks can be written and created here' : 'Read only: disks cannot be written or created here',
            ],
          }))}
        />
      </Panel>
    </div>
  );
}
