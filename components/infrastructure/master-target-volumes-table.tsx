import { LAB_ANCHORS, labMasterTargetPath } from '@/components/lab/lab-links';
import type { MasterTargetView } from '@/lib/schemas/infrastructure';
import { DEFAULT_RETENTION_VOLUME } from '@/lib/domain/reprotect/constants';
import { retentionVolumeReasons } from '@/lib/domain/reprotect/retention-rules';
import { DataTable } from './data-table';
import { FixInLabLink } from './portal-link';
import { BrokenRules, RuleVerdict } from './rule-verdict';
import { gbLabel } from '@/lib/domain/sizes';

const COLUMNS = [
  { key: 'volume', title: 'Volume', width: '16%' },
  { key: 'fs', title: 'File system', width: '10%' },
  { key: 'size', title: 'Free of capacity', width: '16%' },
  { key: 'eligible', title: 'Retention drive', width: '16%' },
  { key: 'why', title: 'Rule it breaks' },
];

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
        `${gbLabel(volume.freeSpaceInBytes)} of ${gbLabel(volume.capacityInBytes)}`,
        <RuleVerdict key="eligible" passes={reasons.length === 0} labels={['Eligible', 'Not eligible']} />,
        <BrokenRules
          key="why"
          reasons={reasons}
          fix={
            reasons.some((r) => r.code === 'VOLUME_FAT') ? (
              <FixInLabLink href={labMasterTargetPath(vaultName, mt.id, LAB_ANCHORS.volumes)} label="Reformat in the lab" />
            ) : null
          }
        />,
      ],
    };
  });
  return <DataTable label="Volumes" columns={COLUMNS} rows={rows} empty="The master target has no volumes." />;
}
