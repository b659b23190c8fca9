import { LAB_ANCHORS, labPath } from '@/components/lab/lab-links';
import { assessConnectivity, expressRouteLabel } from '@/lib/domain/infrastructure/connectivity';
import type { SiteConnectivity } from '@/lib/domain/reprotect/facts';
import { Panel } from './panel';
import { FixInLabLink } from './portal-link';
import { StatusLabel } from './status-label';

/** The network between Azure and the on-premises site, and what it means for reprotect. */
export function ConnectivityView({ connectivity, vaultName }: { connectivity: SiteConnectivity; vaultName: string }) {
  const assessment = assessConnectivity(connectivity);
  return (
    <div className="vp-stack">
      <Panel title="Site network" actions={<FixInLabLink href={labPath(vaultName, LAB_ANCHORS.connectivity)} label="Change in the lab" />}>
        <dl className="vp-definition-list">
          <dt>Site-to-site VPN</dt>
          <dd>{connectivity.s2sVpn ? 'Connected' : 'Not connected'}</dd>
          <dt>ExpressRoute</dt>
          <dd>{expressRouteLabel(connectivity)}</dd>
        </dl>
      </Panel>
      <Panel title="What this means for reprotect">
        <dl className="vp-definition-list">
          <dt>Reprotect</dt>
          <dd>
            <StatusLabel tone={assessment.reprotectAllowed ? 'success' : 'danger'}>
              {assessment.reprotectAllowed ? 'Allowed' : 'Blocked'}
            </StatusLabel>
          </dd>
          <dt>Failback data travels over</dt>
          <dd>{assessment.failbackPaths.join(' and ') || 'Nothing: no S2S VPN and no ExpressRoute private peering'}</dd>
          <dt>Recommended process server</dt>
          <dd>{assessment.processServerLabel}</dd>
        </dl>
        <p>{assessment.summary}</p>
        <p style={{ marginBottom: 0 }}>{assessment.processServerAdvice}</p>
      </Panel>
    </div>
  );
}
