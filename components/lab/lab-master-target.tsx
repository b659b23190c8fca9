import { osLabel } from '@/lib/domain/reprotect/os-version';
import { Panel } from '@/components/infrastructure/panel';
import { PortalLink } from '@/components/infrastructure/portal-link';
import { vaultPath } from '@/components/shell/vault-sections';
import type { MasterTargetView } from '@/lib/schemas/infrastructure';
import { LAB_ANCHORS } from './lab-links';
import { MasterTargetLabActions } from './master-target-lab-actions';
import { VolumesLab } from './volumes-lab';

/** One master target in the lab: what an operator changes on its VM, and its disks. */
export function LabMasterTarget({ vaultName, mt }: { vaultName: string; mt: MasterTargetView }) {
  return (
    <div className="vp-stack">
      <h2 className="vp-page-title">{mt.name}</h2>
      <p style={{ margin: 0 }}>
        {osLabel(mt)} on {mt.esxiHost.name}.{' '}
        <PortalLink href={`${vaultPath(vaultName, 'infrastructure')}/master-targets/${mt.id}`}>See what the vault shows for it</PortalLink>
      </p>
      <Panel title="The master target VM" description="Changes made in vCenter or on the server itself.">
        <MasterTargetLabActions vaultName={vaultName} mt={mt} masterTargetId={mt.id} />
      </Panel>
      <Panel id={LAB_ANCHORS.volumes} title="Disks and volumes">
        <VolumesLab vaultName={vaultName} masterTargetId={mt.id} osType={mt.osType} volumes={mt.volumes} />
      </Panel>
    </div>
  );
}
