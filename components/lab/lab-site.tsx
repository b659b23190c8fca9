import { PortalLink } from '@/components/infrastructure/portal-link';
import { Panel } from '@/components/infrastructure/panel';
import { StatusLabel } from '@/components/infrastructure/status-label';
import type { FailedOverVm, LabFailbackSite, LabInventory, MasterTargetView, ProcessServerView } from '@/lib/schemas/infrastructure';
import { locationLabel, masterTargetVerdict } from '@/lib/domain/infrastructure/verdicts';
import type { SiteConnectivity } from '@/lib/domain/reprotect/facts';
import { ConnectivityForm } from './connectivity-form';
import { DatastoreMountForm } from './datastore-mount-form';
import { FailbackSiteLab, FailbackVmsLab } from './failback-lab';
import { FailedOverVms } from './failed-over-vms';
import { LAB_ANCHORS, labMasterTargetPath } from './lab-links';
import { RegisterMasterTargetForm } from './register-master-target-form';
import { RegisterProcessServerForm } from './register-process-server-form';

interface LabSiteProps {
  vaultName: string;
  connectivity: SiteConnectivity;
  inventory: LabInventory;
  vms: FailedOverVm[];
  masterTargets: MasterTargetView[];
  processServers: ProcessServerView[];
  failback: LabFailbackSite;
  now: Date;
}

/** The whole site on one page: network, vCenter, the servers and the VMs running in Azure. */
export function LabSite({ vaultName, connectivity, inventory, vms, masterTargets, processServers, failback, now }: LabSiteProps) {
  const hosts = inventory.hosts.map((host) => ({ value: host.id, text: `${host.name} (${host.vcenterName})` }));
  const datastores = inventory.datastores.map((ds) => ({ value: ds.id, text: `${ds.name} · ${ds.type}` }));
  return (
    <div className="vp-stack">
      <Panel id={LAB_ANCHORS.connectivity} title="Site connectivity" description="The S2S VPN and ExpressRoute between Azure and the on-premises site.">
        <ConnectivityForm vaultName={vaultName} current={connectivity} />
      </Panel>
      <Panel id="master-targets" title="Master target servers" description="Open one to change it as an operator would in vCenter or on the server.">
        <ul className="vp-plain-list" aria-label="Master targets in the lab">
          {masterTargets.map((mt) => {
            const verdict = masterTargetVerdict(mt, now);
            return (
              <li key={mt.id}>
                <PortalLink href={labMasterTargetPath(vaultName, mt.id)}>{mt.name}</PortalLink> · {mt.esxiHost.name} ·{' '}
                <StatusLabel tone={verdict.tone}>{verdict.label}</StatusLabel>
              </li>
            );
          })}
        </ul>
      </Panel>
      <Panel id={LAB_ANCHORS.masterTargets} title="Register a master target" description="Install the master target (or PS+MT) setup on a VM of an ESXi host.">
        <RegisterMasterTargetForm vaultName={vaultName} hosts={hosts} />
      </Panel>
      <Panel id={LAB_ANCHORS.processServers} title="Register a process server">
        <p style={{ marginTop: 0 }}>
          Registered now:{' '}
          {processServers.map((ps) => `${ps.friendlyName} (${locationLabel(ps.location)})`).join(', ') || 'none'}.
        </p>
        <RegisterProcessServerForm vaultName={vaultName} />
      </Panel>
      <Panel id={LAB_ANCHORS.datastoreMounts} title="Datastore mounts" description="Which ESXi host mounts which datastore, read-write or read-only.">
        <DatastoreMountForm vaultName={vaultName} hosts={hosts} datastores={datastores} />
      </Panel>
      <Panel id={LAB_ANCHORS.failedOverVms} title="Failed-over VMs in Azure" description="Start or stop the Azure VM; its Mobility agent registers with the configuration server once it runs.">
        <FailedOverVms vaultName={vaultName} vms={vms} />
      </Panel>
      <FailbackSiteLab vaultName={vaultName} site={failback} />
      <FailbackVmsLab vaultName={vaultName} vms={failback.vms} />
    </div>
  );
}
