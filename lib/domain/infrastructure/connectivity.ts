import type { ServerLocation, SiteConnectivity } from '../reprotect/facts';
import { hasExpressRoutePrivatePeering, hasFailbackNetwork } from '../reprotect/item-rules';
import { recommendedProcessServerLocation } from '../reprotect/process-server-rules';

export interface ConnectivityAssessment {
  /** Reprotect (and failback) can replicate over this network. */
  reprotectAllowed: boolean;
  /** The paths failback data can take. */
  failbackPaths: string[];
  /** null: either location will do, or (without a failback network) neither can replicate yet. */
  recommendedProcessServerLocation: ServerLocation | null;
  /** The recommendation in words, for the row that shows it. */
  processServerLabel: string;
  summary: string;
  processServerAdvice: string;
}

const PEERING_LABELS = { None: 'no peering', Private: 'private peering', Public: 'public peering', PrivateAndPublic: 'private and public peering' } as const;

export function expressRouteLabel(connectivity: SiteConnectivity): string {
  return connectivity.expressRoute ? `Connected, ${PEERING_LABELS[connectivity.expressRoutePeering]}` : 'Not connected';
}

/** What the site's network means for reprotect, from the rules the blade applies. */
export function assessConnectivity(connectivity: SiteConnectivity): ConnectivityAssessment {
  const failbackPaths = [
    ...(connectivity.s2sVpn ? ['S2S VPN'] : []),
    ...(hasExpressRoutePrivatePeering(connectivity) ? ['ExpressRoute private peering'] : []),
  ];
  const reprotectAllowed = hasFailbackNetwork(connectivity);
  const recommended = recommendedProcessServerLocation(connectivity);
  const summary = reprotectAllowed
    ? `Reprotect can replicate back to on-premises over ${failbackPaths.join(' and ')}.`
    : 'Reprotect is blocked: replication back to on-premises needs an S2S VPN or ExpressRoute with private peering. ' +
      'It does not run over the internet or ExpressRoute public peering.';
  const advice = !reprotectAllowed
    ? {
        label: 'None until a failback network is connected',
        text:
          'No process server can send replication data back yet: there is no S2S VPN and no ExpressRoute private peering. ' +
          'Connect one first. Over an S2S VPN alone, deploy the process server in Azure; over ExpressRoute private peering, an on-premises one can be used too.',
      }
    : recommended === null
      ? {
          label: 'Azure or on-premises',
          text: 'With ExpressRoute private peering the latency from Azure to the on-premises site is low: an on-premises process server can be used, as can one in Azure.',
        }
      : {
          label: 'Azure',
          text: 'With only an S2S VPN, deploy the process server in Azure, next to the failed-over VMs, so that replication data does not cross the VPN with high latency.',
        };
  return {
    reprotectAllowed,
    failbackPaths,
    recommendedProcessServerLocation: recommended,
    processServerLabel: advice.label,
    summary,
    processServerAdvice: advice.text,
  };
}

/** A process server in Azure reaches the on-premises configuration server only over the failback network. */
export function processServerReachesConfigurationServer(location: ServerLocation, connectivity: SiteConnectivity): boolean {
  return location === 'OnPremises' || hasFailbackNetwork(connectivity);
}
