import { LAB_ANCHORS, labPath } from '@/components/lab/lab-links';
import { vaultPath } from '@/components/shell/vault-sections';
import type { DatastoreView, MasterTargetView } from '@/lib/schemas/infrastructure';
import { accessLabel } from '@/lib/domain/infrastructure/verdicts';
import { datastoreReasons, datastoresVisibleTo } from '@/lib/domain/reprotect/datastore-rules';
import { DataTable } from './data-table';
import { FixInLabLink, PortalLink } from './portal-link';
import { BrokenRules, RuleVerdict } from './rule-verdict';

const COLUMNS = [
  { key: 'name', title: 'Datastore', width: '18%' },
  { key: 'type', title: 'Type', width: '14%' },
  { key: 'access', title: 'Access from the host', width: '16%' },
  { key: 'usable', title: 'For failback disks', width: '16%' },
  { key: 'why', title: 'Rule it breaks' },
];

/** The datastores the master target's ESXi host sees, judged by the blade's datastore rules. */
export function MasterTargetDatastoresTable({ mt, datastores, vaultName }: { mt: MasterTargetView; datastores: DatastoreView[]; vaultName: string }) {
  const base = vaultPath(vaultName, 'infrastructure');
  const rows = datastoresVisibleTo(mt, datastores).map((ds) => {
    const reasons = datastoreReasons(ds, mt);
    const mount = ds.mounts.find((m) => m.hostId === mt.esxiHost.id);
    return {
      id: ds.id,
      cells: [
        <PortalLink key="name" href={`${base}/datastores/${ds.id}`}>
          {ds.symbolicName}
        </PortalLink>,
        ds.type === 'NFS' ? 'NFS (unsupported)' : ds.type,
        mount ? accessLabel(mount.access) : '—',
        <RuleVerdict key="usable" passes={reasons.length === 0} labels={['Usable', 'Not usable']} />,
        <BrokenRules
          key="why"
          reasons={reasons}
          fix={
            reasons.some((r) => r.code === 'DATASTORE_READ_ONLY') ? (
              <FixInLabLink href={labPath(vaultName, LAB_ANCHORS.datastoreMounts)} label="Mount read-write in the lab" />
            ) : null
          }
        />,
      ],
    };
  });
  return <DataTable label="Datastores of the ESXi host" columns={COLUMNS} rows={rows} empty={`${mt.esxiHost.name} mounts no datastore.`} />;
}
