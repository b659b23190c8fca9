import { describe, expect, it } from 'vitest';
import type { SiteConnectivity } from '../reprotect/facts';
import { assessConnectivity, expressRouteLabel, processServerReachesConfigurationServer } from './connectivity';

const site = (s2sVpn: boolean, expressRoute: boolean, expressRoutePeering: SiteConnectivity['expressRoutePeering']): SiteConnectivity => ({
  s2sVpn,
  expressRoute,
  expressRoutePeering,
});

describe('what the site network means for reprotect (article: S2S VPN or ExpressRoute private peering)', () => {
  it.each([
    { name: 'S2S VPN only', connectivity: site(true, false, 'None'), allowed: true, paths: ['S2S VPN'], ps: 'Azure' },
    { name: 'ExpressRoute private peering', connectivity: site(false, true, 'Private'), allowed: true, paths: ['ExpressRoute private peering'], ps: null },
    { name: 'ExpressRoute private and public', connectivity: site(false, true, 'PrivateAndPublic'), allowed: true, paths: ['ExpressRoute private peering'], ps: null },
    { name: 'VPN and ExpressRoute public peering (the demo site)', connectivity: site(true, true, 'Public'), allowed: true, paths: ['S2S VPN'], ps: 'Azure' },
    { name: 'ExpressRoute public peering only', connectivity: site(false, true, 'Public'), allowed: false, paths: [], ps: null },
    { name: 'nothing', connectivity: site(false, false, 'None'), allowed: false, paths: [], ps: null },
  ] as const)('$name', ({ connectivity, allowed, paths, ps }) => {
    const assessment = assessConnectivity(connectivity);
    expect(assessment.reprotectAllowed).toBe(allowed);
    expect(assessment.failbackPaths).toEqual(paths);
    expect(assessment.recommendedProcessServerLocation).toBe(ps);
    expect(assessment.summary).toMatch(allowed ? /can replicate/ : /blocked/);
  });

  it.each([
    { name: 'S2S VPN only', connectivity: site(true, false, 'None'), label: 'Azure', advice: /^With only an S2S VPN/ },
    { name: 'ExpressRoute private peering', connectivity: site(false, true, 'Private'), label: 'Azure or on-premises', advice: /latency .* is low/ },
    { name: 'ExpressRoute public peering only', connectivity: site(false, true, 'Public'), label: /^None until/, advice: /there is no S2S VPN and no ExpressRoute private peering/ },
    { name: 'no link at all', connectivity: site(false, false, 'None'), label: /^None until/, advice: /there is no S2S VPN and no ExpressRoute private peering/ },
  ])('the process server advice speaks of the network there is: $name', ({ connectivity, label, advice }) => {
    const assessment = assessConnectivity(connectivity);
    expect(assessment.processServerLabel).toMatch(label);
    expect(assessment.processServerAdvice).toMatch(advice);
    if (!assessment.reprotectAllowed) expect(assessment.processServerAdvice).not.toMatch(/^With only an S2S VPN/);
  });

  it('an Azure process server reaches the on-premises CS only over the failback network', () => {
    expect(processServerReachesConfigurationServer('Azure', site(true, false, 'None'))).toBe(true);
    expect(processServerReachesConfigurationServer('Azure', site(false, true, 'Public'))).toBe(false);
    expect(processServerReachesConfigurationServer('OnPremises', site(false, false, 'None'))).toBe(true);
  });

  it('labels ExpressRoute with its peering', () => {
    expect(expressRouteLabel(site(true, true, 'Public'))).toBe('Connected, public peering');
    expect(expressRouteLabel(site(true, false, 'None'))).toBe('Not connected');
  });
});
