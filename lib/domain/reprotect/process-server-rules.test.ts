// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import { processServerReasons, recommendedProcessServerLocation } from './process-server-rules';
import { isBlocking } from './reasons';
import { EXPRESS_ROUTE_PRIVATE, NOW, S2S_VPN_ONLY, aProcessServer, codes, minutesAgo } from './test-fixtures';

const onPremPs = aProcessServer({ id: 'ps-onprem-01', friendlyName: 'ps-onprem-01', location: 'OnPremises' });

describe('process server rules', () => {
  it('a healthy Azure process server that reaches the CS has no reasons', () => {
    expect(processServerReasons(aProcessServer(), S2S_VPN_ONLY, NOW)).toEqual([]);
  });

  it('article: the process server must be able to communicate with the on-premises configuration server', () => {
    const reasons = processServerReasons(aProcessServer({ canReachConfigurationServer: false }), S2S_VPN_ONLY, NOW);
    expect(codes(reasons)).toEqual(['PS_CANNOT_REACH_CS']);
    expect(reasons[0]).toMatchObject({ severity: 'error', field: 'processServerId', subject: { kind: 'processServer', id: 'ps-azure-01' } });
    expect(reasons[0]?.message).toContain('cannot reach the on-premises configuration server');
  });

  it('service: a process server in a critical state is refused', () => {
    const reasons = processServerReasons(aProcessServer({ health: 'Critical' }), S2S_VPN_ONLY, NOW);
    expect(codes(reasons)).toEqual(['PS_UNHEALTHY']);
    expect(reasons[0]?.message).toContain('is in a critical state');
    expect(isBlocking(reasons[0]!)).toBe(true);
  });

  it('service: a process server whose heartbeat is stale (16 minutes) is refused', () => {
    const reasons = processServerReasons(aProcessServer({ lastHeartbeat: minutesAgo(16) }), S2S_VPN_ONLY, NOW);
    expect(codes(reasons)).toEqual(['PS_UNHEALTHY']);
    expect(reasons[0]?.message).toContain('has not sent a heartbeat for 16 minutes');
  });

  it('service: a heartbeat exactly 15 minutes old is still fresh', () => {
    expect(processServerReasons(aProcessServer({ lastHeartbeat: minutesAgo(15) }), S2S_VPN_ONLY, NOW)).toEqual([]);
  });

  describe('article: with only a S2S VPN, deploying the process server in Azure is recommended', () => {
    it('recommends Azure', () => {
      expect(recommendedProcessServerLocation(S2S_VPN_ONLY)).toBe('Azure');
    });

    it('warns (without blocking) about an on-premises process server', () => {
      const reasons = processServerReasons(onPremPs, S2S_VPN_ONLY, NOW);
      expect(codes(reasons)).toEqual(['PS_ON_PREMISES_OVER_VPN']);
      expect(reasons[0]).toMatchObject({ severity: 'warning', field: 'processServerId' });
      expect(reasons[0]?.message).toContain('a process server in Azure is recommended');
      expect(reasons.some(isBlocking)).toBe(false);
    });

    it('does not warn about a process server in Azure', () => {
      expect(processServerReasons(aProcessServer(), S2S_VPN_ONLY, NOW)).toEqual([]);
    });
  });

  describe('article: with ExpressRoute (private peering) an on-premises PS can be used, latency being low', () => {
    it('recommends no location', () => {
      expect(recommendedProcessServerLocation(EXPRESS_ROUTE_PRIVATE)).toBeNull();
      expect(recommendedProcessServerLocation({ ...EXPRESS_ROUTE_PRIVATE, s2sVpn: true })).toBeNull();
      expect(recommendedProcessServerLocation({ ...EXPRESS_ROUTE_PRIVATE, expressRoutePeering: 'PrivateAndPublic' })).toBeNull();
    });

    it('gives an on-premises process server no warning', () => {
      expect(processServerReasons(onPremPs, EXPRESS_ROUTE_PRIVATE, NOW)).toEqual([]);
    });

    it('without any failback network no place is recommended, and no PS is warned about a VPN that is not there', () => {
      const none = { s2sVpn: false, expressRoute: false, expressRoutePeering: 'None' } as const;
      expect(recommendedProcessServerLocation(none)).toBeNull();
      expect(processServerReasons(onPremPs, none, NOW)).toEqual([]);
    });

    it('public peering alone does not count: an on-premises PS is still warned about', () => {
      const publicOnly = { s2sVpn: true, expressRoute: true, expressRoutePeering: 'Public' } as const;
      expect(codes(processServerReasons(onPremPs, publicOnly, NOW))).toEqual(['PS_ON_PREMISES_OVER_VPN']);
    });
  });
});
