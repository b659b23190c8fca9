import { vaultPath } from '@/components/shell/vault-sections';
import type { DatastoreView } from '@/lib/schemas/infrastructure';
import { accessLabel } from '@/lib/domain/infrastructure/verdicts';
import { SUPPORTED_DATASTORE_TYPES } from '@/lib/domain/reprotect/constants';
import { DataTable } from './data-table';
import { PortalLink } from './portal-link';
import { StatusLabel } from './status-label';
import { gigabytes } from '@/lib/domain/sizes';

const COLUMNS = [
  { key: 'name', title: 'Datastore' },
  { key: 'type', title: 'Type' },
  { key: 'space', title: 'Free of capacity' },
  { key: 'mounts', title: 'Mounted on' },
  { key: 'vcenter', title: 'vCenter' },
];

export const isSupportedType = (type: DatastoreView['type']) => (SUPPORTED_DATASTORE_TYPES as readonly string[]).includes(type);

export function DatastoreTypeLabel({ type }: { type: DatastoreView['type'] }) {
  return isSupportedType(type) ? <>{type}</> : <StatusLabel tone="danger">{type} (unsupported for failback)</StatusLabel>;
}

export function DatastoresTable({ datastores, vaultName }: { datastores: DatastoreView[]; vaultName: string }) {
  const base = vaultPath(vaultName, 'infrastructure');
  const rows = datastores.map((ds) => ({
    id: ds.id,
    cells: [
      <PortalLink key="name" href={`${base}/datastores/${ds.id}`}>
        {ds.symbolicName}
      </PortalLink>,
      <DatastoreTypeLabel key="type" type={ds.type} />,
      `${gigabytes(ds.freeSpaceGb)} of ${gigabytes(ds.capacityGb)}`,
      ds.mounts.map((m) => `${m.hostName} (${accessLabel(m.access).toLowerCase()})`).join(', ') || 'Not mounted',
      ds.vcenterName,
    ],
  }));
  return <DataTable label="Datastores" columns={COLUMNS} rows={rows} empty="The vCenter inventory has no datastore." />;
}
