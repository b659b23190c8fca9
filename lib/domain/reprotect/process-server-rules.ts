import type { ProcessServerFacts, ServerLocation, SiteConnectivity } from './facts';
import { hasExpressRoutePrivatePeering, hasFailbackNetwork, isHeartbeatFresh, minutesSince } from './item-rules';
import { refuse, warn, type Reason } from './reasons';
import { pluralize } from '../plural';

const FIELD = 'processServerId' as const;

/**
 * Where the process server should run. Over ExpressRoute private peering the latency
 * from the Azure VM to an on-premises PS is low, so either will do; over an S2S VPN
 * alone the PS should sit in Azure, next to the VMs. Without either there is no
 * failback network at all (reprotect is refused for that), so no place is recommended.
 */
export function recommendedProcessServerLocation(connectivity: SiteConnectivity): ServerLocation | null {
  if (!hasFailbackNetwork(connectivity) || hasExpressRoutePrivatePeering(connectivity)) return null;
  return 'Azure';
}

export function processServerReasons(
  ps: ProcessServerFacts,
  connectivity: SiteConnectivity,
  now: Date,
): Reason[] {
  const subject = { kind: 'processServer', id: ps.id } as const;
  const reasons = processServerHealthReasons(ps, now);
  const recommended = recommendedProcessServerLocation(connectivity);
  if (recommended && ps.location !== recommended) {
    reasons.push(
      warn(
        'PS_ON_PREMISES_OVER_VPN',
        FIELD,
        `With only an S2S VPN to the on-premises site, a process server in Azure is recommended: ${ps.friendlyName} is on-premises, so replication data crosses the VPN with higher latency.`,
        subject,
      ),
    );
  }
  return reasons;
}

/** A process server in either direction must reach the configuration server and be healthy. */
export function processServerHealthReasons(ps: ProcessServerFacts, now: Date): Reason[] {
  const subject = { kind: 'processServer', id: ps.id } as const;
  const reasons: Reason[] = [];
  if (!ps.canReachConfigurationServer) {
    reasons.push(
      refuse('PS_CANNOT_REACH_CS', FIELD, `${ps.friendlyName} cannot reach the on-premises configuration server.`, subject),
    );
  }
  if (ps.health === 'Critical' || !isHeartbeatFresh(ps.lastHeartbeat, now)) {
    const why = ps.health === 'Critical' ? 'is in a critical state' : `has not sent a heartbeat for ${pluralize(minutesSince(ps.lastHeartbeat, now), 'minute')}`;
    reasons.push(refuse('PS_UNHEALTHY', FIELD, `${ps.friendlyName} ${why}.`, subject));
  }
  return reasons;
}
