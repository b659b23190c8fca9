import { LAB_ANCHORS, labPath } from '@/components/lab/lab-links';
import type { ProcessServerView } from '@/lib/schemas/infrastructure';
import { heartbeatStatus } from '@/lib/domain/infrastructure/heartbeat';
import { locationLabel, processServerVerdict } from '@/lib/domain/infrastructure/verdicts';
import type { SiteConnectivity } from '@/lib/domain/reprotect/facts';
import { Panel } from './panel';
import { FixInLabLink } from './portal-link';
import { StatusLabel } from './status-label';
import { gbLabel } from '@/lib/domain/sizes';

/** One process server: where it runs, whether the blade can use it and why not. */
export function ProcessServerDetail({ ps, connectivity, vaultName, now }: { ps: ProcessServerView; connectivity: SiteConnectivity; vaultName: string; now: Date }) {
  const verdict = processServerVerdict(ps, connectivity, now);
  const heartbeat = heartbeatStatus(ps.lastHeartbeat, now);
  return (
    <div className="vp-stack">
      <h2 className="vp-page-title">{ps.friendlyName}</h2>
      <Panel title="Essentials">
        <dl className="vp-definition-list">
          <dt>For failback</dt>
          <dd>
            <StatusLabel tone={verdict.tone}>{verdict.label}</StatusLabel>
          </dd>
          <dt>Location</dt>
          <dd>{locationLabel(ps.location)}</dd>
          <dt>Health</dt>
          <dd>{ps.health}</dd>
          <dt>Last heartbeat</dt>
          <dd>
            <StatusLabel tone={heartbeat.fresh ? 'success' : 'danger'}>{heartbeat.label}</StatusLabel>
          </dd>
          <dt>Agent</dt>
          <dd>
            {ps.agentVersion}, {ps.agentResponding ? 'running' : 'stopped'}
          </dd>
          <dt>Reaches the configuration server</dt>
          <dd>
            {ps.canReachConfigurationServer ? 'Yes' : 'No'} ({ps.configurationServerName})
          </dd>
          <dt>Reachable from networks</dt>
          <dd>{ps.reachableFromNetworks.join(', ') || 'None registered'}</dd>
          <dt>IP address</dt>
          <dd>{ps.ipAddress}</dd>
          <dt>Operating system</dt>
          <dd>{ps.osType}</dd>
          <dt>Space available</dt>
          <dd>
            {gbLabel(ps.availableSpaceInBytes)} of {gbLabel(ps.totalSpaceInBytes)}
          </dd>
        </dl>
      </Panel>
      <Panel title="What the Re-Protect blade says">
        {verdict.reasons.length === 0 ? (
          <p style={{ margin: 0 }}>Nothing: the blade offers this process server.</p>
        ) : (
          <ul className="vp-plain-list" aria-label="Reasons">
            {verdict.reasons.map((reason) => (
              <li key={reason.code} data-reason-code={reason.code}>
                <StatusLabel tone={reason.severity === 'error' ? 'danger' : 'warning'}>{reason.message}</StatusLabel>
              </li>
            ))}
          </ul>
        )}
        <p style={{ margin: '12px 0 0' }}>
          <FixInLabLink href={labPath(vaultName, LAB_ANCHORS.processServers)} label="Register another process server in the lab" />
        </p>
      </Panel>
    </div>
  );
}
