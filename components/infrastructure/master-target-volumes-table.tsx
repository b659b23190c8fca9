import { LAB_ANCHORS, labMasterTargetPath } from '@/components/lab/lab-links';
import type { MasterTargetView } from '@/lib/data/infrastructure-facts';
import { DEFAULT_RETENTION_VOLUME } from '@/lib/domain/reprotect/constants';
import { retentionVolumeReasons } from '@/lib/domain/reprotect/retention-rules';
import { DataTable } from './data-table';
import { FixInLabLink } from './portal-link';
import { StatusLabel } from './status-label';

const COLUMNS = [
  { key: 'volume', title: 'Volume', width: '16%' },
  { key: 'fs', title: 'File system', width: '10%' },
  { key: 'size', title: 'Free of capacity', width: '16%' },
  { key: 'eligible', title: 'Retention drive', width: '16%' },
  { key: 'why', title: 'Rule it breaks' },
];

const gb = (bytes: number) => `${Math.round(bytes / 1024 ** 3).toLocaleString('en-US')} GB`;

/** The master target's volumes, judged by the blade's retention drive rules. */
export function MasterTargetVolumesTable({ mt, vaultName }: { mt: MasterTargetView; vaultName: string }) {
  const defaultName = DEFAULT_RETENTION_VOLUME[mt.osType].toLowerCase();
  const rows = mt.volumes.map((volume) => {
    const reasons = retentionVolumeReasons(volume, mt);
    const isDefault = volume.volumeName.toLowerCase() === defaultName;
    return {
      id: volume.id,
      cells: [
        <span key="name">
          <strong>{volume.volumeName}</strong>
          {isDefault ? ' (default)' : ''}
          {volume.isCacheVolume ? ' · cache' : ''}
        </span>,
        volume.fileSystem,
        `${gb(volume.freeSpaceInBytes)} of ${gb(volume.capacityInBytes)}`,
        <StatusLabel key="eligible" tone={reasons.length === 0 ? 'success' : 'danger'}>
          {reasons.length === 0 ? 'Eligible' : 'Not eligible'}
        </StatusLabel>,
        reasons.length === 0 ? (
          '—'
        ) : (
          <span key="why" style={{ display: 'grid', gap: 4 }}>
            {reasons.map((reason) => (
              <span key={reason.code} data-reason-code={reason.code}>
                {reason.message}
              </span>
            ))}
            {reasons.some((r) => r.code === 'VOLUME_FAT') ? (
              <FixInLabLink href={labMasterTargetPath(vaultName, mt.id, LAB_ANCHORS.volumes)} label="Reformat in the lab" />
            ) : null}
          </span>
        ),
      ],
    };
  });
  return <DataTable label="Volumes" columns={COLUMNS} rows={rows} empty="The master target has no volumes." />;
}
