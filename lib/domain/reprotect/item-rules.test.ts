// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import type { ActiveLocation, ProtectionState, SiteConnectivity } from './facts';
import { hasFailbackNetwork, isHeartbeatFresh, itemReasons, reprotectCommandState } from './item-rules';
import { isBlocking } from './reasons';
import { NOW, aWindowsItem, codes, minutesAgo, someFacts } from './test-fixtures';

describe('item rules', () => {
  it('a committed failover to Azure with everything in place has no reasons', () => {
    expect(itemReasons(someFacts())).toEqual([]);
  });

  describe('state: only a VM failed over to Azure and committed (UnplannedFailoverCommitted, Recovery) is reprotected to on-premises', () => {
    const refused: { state: ProtectionState; location: ActiveLocation; message: string }[] = [
      { state: 'UnplannedFailoverCommitPendingStatesBegin', location: 'Recovery', message: 'is not committed. Commit the failover' },
      { state: 'UnplannedFailoverFailed', location: 'Recovery', message: 'sql-01 has a failed failover from Azure to on-premises' },
      { state: 'ReprotectInProgress', location: 'Recovery', message: 'It is already being reprotected' },
      { state: 'Protected', location: 'Recovery', message: 'It is already reprotected: fail it over to on-premises next' },
      { state: 'Protected', location: 'Primary', message: 'replicates from on-premises to Azure. There is nothing to reprotect' },
      { state: 'UnplannedFailoverCommitted', location: 'Primary', message: 'runs on-premises: it is reprotected from on-premises to Azure' },
    ];

    it.each(refused)('refuses $state at $location with its own message', ({ state, location, message }) => {
      const reasons = itemReasons(someFacts({ item: aWindowsItem({ protectionState: state, activeLocation: location }) }));
      expect(reasons).toHaveLength(1);
      expect(reasons[0]).toMatchObject({ code: 'ITEM_STATE_NOT_REPROTECTABLE', severity: 'error', field: 'item' });
      expect(reasons[0]?.message).toContain(message);
    });

    it('gives every refused state a different message', () => {
      const messages = refused.map(
        ({ state, location }) =>
          itemReasons(someFacts({ item: aWindowsItem({ protectionState: state, activeLocation: location }) }))[0]?.message,
      );
      expect(new Set(messages).size).toBe(refused.length);
    });

    it('accepts UnplannedFailoverCommitted at Recovery', () => {
      const reasons = itemReasons(someFacts({ item: aWindowsItem({ protectionState: 'UnplannedFailoverCommitted', activeLocation: 'Recovery' }) }));
      expect(codes(reasons)).not.toContain('ITEM_STATE_NOT_REPROTECTABLE');
    });
  });

  it('service: only one reprotect per VM at a time (an operation in progress refuses, naming the job)', () => {
    const reasons = itemReasons(someFacts({ item: aWindowsItem({ activeJob: { id: 'job-42', name: 'Reprotect' } }) }));
    expect(codes(reasons)).toEqual(['ITEM_OPERATION_IN_PROGRESS']);
    expect(reasons[0]?.message).toContain('(Reprotect)');
    expect(reasons[0]?.subject).toEqual({ kind: 'job', id: 'job-42' });
  });

  it('service: the agent can take up to 15 minutes to register with the CS; meanwhile reprotect is refused (wait and retry)', () => {
    const reasons = itemReasons(someFacts({ item: aWindowsItem({ agentRegistered: false }) }));
    expect(codes(reasons)).toEqual(['ITEM_AGENT_NOT_REGISTERED']);
    expect(reasons[0]?.message).toContain('wait up to 15 minutes and retry');
  });

  describe('article: a replication group can only be reprotected using a recovery plan', () => {
    const grouped = aWindowsItem({
      replicationGroup: { id: 'rg-1', name: 'rg-sql' },
      recoveryPlans: [{ id: 'rp-1', name: 'rp-sql-failback' }],
    });

    it('refuses a grouped item reprotected on its own, naming the group and the recovery plan', () => {
      const reasons = itemReasons(someFacts({ item: grouped }));
      expect(codes(reasons)).toEqual(['ITEM_IN_REPLICATION_GROUP']);
      expect(reasons[0]?.message).toContain('rg-sql');
      expect(reasons[0]?.message).toContain('rp-sql-failback');
      expect(reasons[0]?.subject).toEqual({ kind: 'recoveryPlan', id: 'rp-1' });
    });

    it('asks for a recovery plan when the grouped item is in none', () => {
      const reasons = itemReasons(someFacts({ item: { ...grouped, recoveryPlans: [] } }));
      expect(codes(reasons)).toEqual(['ITEM_IN_REPLICATION_GROUP']);
      expect(reasons[0]?.message).toContain('Add its machines to a recovery plan first');
    });

    it('allows a grouped item reprotected through its recovery plan', () => {
      expect(itemReasons(someFacts({ item: grouped }), { viaRecoveryPlan: true })).toEqual([]);
    });
  });

  describe('article: replication back to on-premises happens only over S2S VPN or ExpressRoute private peering', () => {
    const cases: { name: string; connectivity: SiteConnectivity; refused: boolean }[] = [
      { name: 'no S2S VPN and no ExpressRoute is refused', connectivity: { s2sVpn: false, expressRoute: false, expressRoutePeering: 'None' }, refused: true },
      { name: 'ExpressRoute with public peering only is refused', connectivity: { s2sVpn: false, expressRoute: true, expressRoutePeering: 'Public' }, refused: true },
      { name: 'ExpressRoute without peering is refused', connectivity: { s2sVpn: false, expressRoute: true, expressRoutePeering: 'None' }, refused: true },
      { name: 'an S2S VPN is enough', connectivity: { s2sVpn: true, expressRoute: false, expressRoutePeering: 'None' }, refused: false },
      { name: 'ExpressRoute private peering is enough', connectivity: { s2sVpn: false, expressRoute: true, expressRoutePeering: 'Private' }, refused: false },
      { name: 'ExpressRoute private and public peering is enough', connectivity: { s2sVpn: false, expressRoute: true, expressRoutePeering: 'PrivateAndPublic' }, refused: false },
    ];

    it.each(cases)('$name', ({ connectivity, refused }) => {
      const reasons = itemReasons(someFacts({ connectivity }));
      expect(hasFailbackNetwork(connectivity)).toBe(!refused);
      if (refused) {
        expect(codes(reasons)).toEqual(['NO_FAILBACK_NETWORK']);
        expect(reasons[0]?.message).toContain('S2S VPN or ExpressRoute with private peering');
        expect(reasons[0]?.subject).toEqual({ kind: 'connectivity' });
      } else {
        expect(reasons).toEqual([]);
      }
    });
  });

  describe('service: the on-premises configuration server must be running and connected', () => {
    it('refuses when the configuration server is not connected', () => {
      const reasons = itemReasons(
        someFacts({ configurationServer: { friendlyName: 'cs-01', connected: false, lastHeartbeat: minutesAgo(1) } }),
      );
      expect(codes(reasons)).toEqual(['CONFIGURATION_SERVER_NOT_CONNECTED']);
      expect(reasons[0]?.message).toContain('cs-01 is not connected');
    });

    it('refuses when its heartbeat is stale (16 minutes old)', () => {
      const reasons = itemReasons(
        someFacts({ configurationServer: { friendlyName: 'cs-01', connected: true, lastHeartbeat: minutesAgo(16) } }),
      );
      expect(codes(reasons)).toEqual(['CONFIGURATION_SERVER_NOT_CONNECTED']);
    });

    it('accepts a heartbeat exactly 15 minutes old', () => {
      expect(isHeartbeatFresh(minutesAgo(15), NOW)).toBe(true);
      const reasons = itemReasons(
        someFacts({ configurationServer: { friendlyName: 'cs-01', connected: true, lastHeartbeat: minutesAgo(15) } }),
      );
      expect(reasons).toEqual([]);
    });
  });

  it('article: reprotect needs a failback policy (created with the forward policy); without one it is refused', () => {
    const reasons = itemReasons(someFacts({ failbackPolicy: null }));
    expect(codes(reasons)).toEqual(['NO_FAILBACK_POLICY']);
    expect(reasons[0]).toMatchObject({ field: 'failbackPolicy', subject: { kind: 'policy' } });
    expect(reasons[0]?.message).toContain('failback policy');
  });

  it('every item reason is blocking and they accumulate', () => {
    const reasons = itemReasons(
      someFacts({
        item: aWindowsItem({ agentRegistered: false, activeJob: { id: 'j', name: 'Reprotect' } }),
        failbackPolicy: null,
      }),
    );
    expect(codes(reasons).sort()).toEqual(['ITEM_AGENT_NOT_REGISTERED', 'ITEM_OPERATION_IN_PROGRESS', 'NO_FAILBACK_POLICY']);
    expect(reasons.every(isBlocking)).toBe(true);
  });
});

describe('reprotectCommandState (the Re-Protect command in the grid)', () => {
  it.each([
    ['UnplannedFailoverCommitted', 'Recovery', true, undefined],
    ['UnplannedFailoverCommitPendingStatesBegin', 'Recovery', false, /not committed/],
    ['Protected', 'Primary', false, /replicates from on-premises to Azure/],
    ['Protected', 'Recovery', false, /already reprotected/],
    ['ReprotectInProgress', 'Recovery', false, /already being reprotected/],
    // After failback and commit, Re-Protect replicates the on-premises VM to Azure.
    ['UnplannedFailoverCommitted', 'Primary', true, undefined],
  ] as const)('article: a failed-over, committed VM offers Re-Protect (%s / %s)', (protectionState, activeLocation, enabled, reason) => {
    const state = reprotectCommandState({ name: 'vm-1', protectionState, activeLocation });
    expect(state.enabled).toBe(enabled);
    if (reason) expect(state.reason).toMatch(reason);
    else expect(state.reason).toBeUndefined();
  });
});
