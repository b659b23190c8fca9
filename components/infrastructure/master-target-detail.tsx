import { kernelLabel, osLabel } from '@/lib/domain/reprotect/os-version';
import { labMasterTargetPath } from '@/components/lab/lab-links';
import type { DatastoreView, MasterTargetView } from '@/lib/schemas/infrastructure';
import { heartbeatStatus } from '@/lib/domain/infrastructure/heartbeat';
import { locationLabel, masterTargetVerdict } from '@/lib/domain/infrastructure/verdicts';
import { MasterTargetChecksTable } from './master-target-checks-table';
import { MasterTargetDatastoresTable } from './master-target-datastores-table';
import { MasterTargetVolumesTable } from './master-target-volumes-table';
import { Panel } from './panel';
import { FixInLabLink } from './portal-link';
import { StatusLabel } from './status-label';

interface MasterTargetDetailProps {
  mt: MasterTargetView;
  datastores: DatastoreView[];
  vaultName: string;
  now: Date;
}

/** One master target: its essentials, every prerequisite the blade checks, its volumes and datastores. */
export function MasterTargetDetail({ mt, datastores, vaultName, now }: MasterTargetDetailProps) {
  const verdict = masterTargetVerdict(mt, now);
  const heartbeat = heartbeatStatus(mt.lastHeartbeat, now);
  return (
    <div className="vp-stack">
      <h2 className="vp-page-title">{mt.name}</h2>
      <Panel title="Essentials" actions={<FixInLabLink href={labMasterTargetPath(vaultName, mt.id)} label="Open in the site lab" />}>
        <dl className="vp-definition-list">
          <dt>Prerequisites</dt>
          <dd>
            <StatusLabel tone={verdict.tone}>{verdict.label}</StatusLabel>
          </dd>
          <dt>Installed as</dt>
          <dd>{mt.isCombinedPsMt ? 'Process server + master target (unified setup)' : 'Master target'}</dd>
          <dt>Location</dt>
          <dd>{locationLabel(mt.location)}</dd>
          <dt>Operating system</dt>
          <dd>
            {osLabel(mt)} ({mt.osType}, {kernelLabel(mt)})
          </dd>
          <dt>ESXi host</dt>
          <dd>{mt.esxiHost.name}</dd>
          <dt>IP address</dt>
          <dd>{mt.ipAddress}</dd>
          <dt>Configuration server</dt>
          <dd>{mt.configurationServerName}</dd>
          <dt>Agent</dt>
          <dd>
            {mt.agentVersion}, {mt.agentResponding ? 'running' : 'stopped'}; last heartbeat {heartbeat.label}
          </dd>
        </dl>
      </Panel>
      <Panel title="Checks" description="The Re-Protect blade refuses this master target for any VM while a check fails.">
        <MasterTargetChecksTable checks={verdict.checks} vaultName={vaultName} masterTargetId={mt.id} />
      </Panel>
      <Panel
        title="Volumes"
        description="The retention drive is chosen among these; a volume that breaks a rule is not listed as eligible."
        actions={<FixInLabLink href={labMasterTargetPath(vaultName, mt.id, 'volumes')} label="Add or reformat a volume in the lab" />}
      >
        <MasterTargetVolumesTable mt={mt} vaultName={vaultName} />
      </Panel>
      <Panel title="Datastores" description={`What ${mt.esxiHost.name}, the master target's host, mounts. Disks of a recreated VM go to one of these.`}>
        <MasterTargetDatastoresTable mt={mt} datastores={datastores} vaultName={vaultName} />
      </Panel>
    </div>
  );
}
