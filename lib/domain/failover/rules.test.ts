import { describe, expect, it } from 'vitest';
import { codes } from '../reprotect/test-fixtures';
import { dataLossLabel, evaluateFailover, recoveryPointChoices } from './evaluate';
import { failoverNotes, failoverReasons } from './rules';
import { aFailbackTarget, aReprotectedItem, failoverFacts, minutesAgo } from './test-fixtures';

describe('failover from Azure to on-premises: prerequisites', () => {
  it('a reprotected, healthy VM with a recovery point and a sound site has no reasons', () => {
    expect(failoverReasons(failoverFacts())).toEqual([]);
  });

  it('is refused in a state the cycle does not allow, with the state and what to do first', () => {
    const reasons = failoverReasons(failoverFacts({ item: aReprotectedItem({ protectionState: 'UnplannedFailoverCommitted' }) }));
    expect(codes(reasons)).toEqual(['ITEM_STATE_NOT_FAILOVER']);
    expect(reasons[0]?.message).toContain('Reprotect it first');
  });

  it('retries a failed failback: failing over again is allowed', () => {
    expect(failoverReasons(failoverFacts({ item: aReprotectedItem({ protectionState: 'UnplannedFailoverFailed' }) }))).toEqual([]);
  });

  it('lets the failover job re-check its own item while it is marked in progress, but nobody else', () => {
    const item = aReprotectedItem({ protectionState: 'UnplannedFailoverInProgress', activeJob: { id: 'job-1', name: 'Failover' } });
    expect(failoverReasons(failoverFacts({ item }), { ownJobId: 'job-1' })).toEqual([]);
    expect(codes(failoverReasons(failoverFacts({ item })))).toEqual(['ITEM_STATE_NOT_FAILOVER', 'ITEM_OPERATION_IN_PROGRESS']);
  });

  it('Service: needs at least one recovery point', () => {
    const reasons = failoverReasons(failoverFacts({ points: { latest: null, latestAppConsistent: null } }));
    expect(codes(reasons)).toEqual(['NO_RECOVERY_POINT']);
    expect(reasons[0]?.message).toContain('has no recovery point yet');
  });

  it.each(['Warning', 'Critical', 'None'] as const)('Service: health must be OK (refused when %s)', (replicationHealth) => {
    const reasons = failoverReasons(failoverFacts({ item: aReprotectedItem({ replicationHealth }) }));
    expect(codes(reasons)).toEqual(['ITEM_HEALTH_NOT_OK']);
    expect(reasons[0]?.subject).toEqual({ kind: 'item', id: 'item-dc-02' });
  });

  it('Service: the vCenter must be connected (disks are detached and attached through it)', () => {
    const target = aFailbackTarget({ vcenter: { id: 'vc-1', friendlyName: 'vcenter-contoso-01', connected: false } });
    const reasons = failoverReasons(failoverFacts({ target }));
    expect(codes(reasons)).toEqual(['VCENTER_NOT_CONNECTED']);
    expect(reasons[0]?.message).toContain('vcenter-contoso-01 is not connected');
  });

  it('Service: the configuration server must be running and connected', () => {
    expect(codes(failoverReasons(failoverFacts({ configurationServer: { friendlyName: 'cs', connected: false, lastHeartbeat: minutesAgo(1) } })))).toEqual([
      'CONFIGURATION_SERVER_NOT_CONNECTED',
    ]);
    expect(codes(failoverReasons(failoverFacts({ configurationServer: { friendlyName: 'cs', connected: true, lastHeartbeat: minutesAgo(90) } })))).toEqual([
      'CONFIGURATION_SERVER_NOT_CONNECTED',
    ]);
  });

  it('Service: no snapshots on the master target', () => {
    const base = aFailbackTarget();
    const reasons = failoverReasons(failoverFacts({ target: { ...base, masterTarget: { ...base.masterTarget!, snapshotCount: 2 } } }));
    expect(codes(reasons)).toEqual(['MT_HAS_SNAPSHOTS']);
    expect(reasons[0]?.message).toContain('has 2 snapshots');
    expect(reasons[0]?.subject).toEqual({ kind: 'masterTarget', id: 'mt-win-02' });
  });

  it('Service: the VM must still be in the configuration server database', () => {
    const reasons = failoverReasons(failoverFacts({ item: aReprotectedItem({ inConfigurationServerDatabase: false }) }));
    expect(codes(reasons)).toEqual(['ITEM_NOT_IN_CS_DATABASE']);
    expect(reasons[0]?.message).toContain('no longer in the database of the configuration server cs-contoso-01');
  });

  it('a VM protected to on-premises without its reverse replication settings is told to reprotect again', () => {
    const reasons = failoverReasons(failoverFacts({ target: aFailbackTarget({ masterTarget: null, vcenter: null }) }));
    expect(codes(reasons)).toEqual(['NO_REPROTECT_SETTINGS']);
    expect(reasons[0]?.message).toBe('dc-02 has no master target recorded for its reverse replication. Reprotect it again.');
  });

  it('a master target that does not respond cannot hand over the disks', () => {
    const base = aFailbackTarget();
    const reasons = failoverReasons(failoverFacts({ target: { ...base, masterTarget: { ...base.masterTarget!, lastHeartbeat: minutesAgo(60) } } }));
    expect(codes(reasons)).toEqual(['MT_HEARTBEAT_STALE']);
  });

  it('a replication group fails over through its recovery plan, where it is allowed', () => {
    const item = aReprotectedItem({ replicationGroup: { id: 'rg', name: 'rg-finance' }, recoveryPlans: [{ id: 'rp', name: 'rp-finance' }] });
    const reasons = failoverReasons(failoverFacts({ item }));
    expect(codes(reasons)).toEqual(['ITEM_IN_REPLICATION_GROUP']);
    expect(reasons[0]?.message).toContain('can only be failed over through a recovery plan (rp-finance)');
    expect(failoverReasons(failoverFacts({ item }), { viaRecoveryPlan: true })).toEqual([]);
  });
});

describe('what the failover will do', () => {
  it('shuts the Azure VM down, updates an existing VM on its host and re-enables VMware tools on Windows', () => {
    const notes = failoverNotes(failoverFacts());
    expect(codes(notes)).toEqual(['FAILBACK_AZURE_VM_SHUTDOWN', 'FAILBACK_EXISTING_VM', 'FAILBACK_VMWARE_TOOLS']);
    expect(notes[0]?.message).toContain('stays in Azure, shut down, until the failover is committed');
    expect(notes.every((note) => note.severity === 'info')).toBe(true);
  });

  it('recreates a VM deleted on-premises on the master target host (alternate location), and leaves VMware tools alone on Linux', () => {
    const notes = failoverNotes(failoverFacts({ item: aReprotectedItem({ sourceVmPresent: false, osType: 'Linux' }) }));
    expect(codes(notes)).toEqual(['FAILBACK_AZURE_VM_SHUTDOWN', 'FAILBACK_ALTERNATE_LOCATION']);
    expect(notes[1]?.message).toContain("created in vCenter on esx-02.contoso.local, the master target's host, on datastore ds-vmfs-02");
  });
});

describe('recovery points', () => {
  it('offers the latest processed point without loss and the latest app-consistent one with the changes after it', () => {
    const [latest, app] = recoveryPointChoices(failoverFacts());
    expect(latest).toMatchObject({ type: 'LatestTime', label: 'Latest processed', time: minutesAgo(2), dataLossMs: 0, available: true });
    expect(app).toMatchObject({ type: 'LatestTag', label: 'Latest app-consistent', time: minutesAgo(40), dataLossMs: 38 * 60_000, available: true });
    expect(dataLossLabel(latest!.dataLossMs)).toBe('No changes lost against the latest point');
    expect(dataLossLabel(app!.dataLossMs)).toBe('38 min of changes lost against the latest point');
  });

  it('a replication group member recovers to the group’s common app-consistent point', () => {
    const item = aReprotectedItem({ replicationGroup: { id: 'rg', name: 'rg-finance' } });
    const [latest, app] = recoveryPointChoices(failoverFacts({ item, groupAppConsistent: minutesAgo(70) }));
    expect(latest?.detail).toContain('each VM of replication group rg-finance recovers to its own latest point');
    expect(app).toMatchObject({ time: minutesAgo(70), dataLossMs: 68 * 60_000 });
    expect(app?.detail).toContain('common app-consistent point');
  });

  it('refuses app-consistent when there is none (or the group has none in common), not latest processed', () => {
    const evaluation = evaluateFailover(failoverFacts({ points: { latest: minutesAgo(1), latestAppConsistent: null } }), { recoveryPointType: 'LatestTag' });
    expect(codes(evaluation.blockers)).toEqual(['NO_APP_CONSISTENT_POINT']);
    expect(evaluation.canSubmit).toBe(false);
    const grouped = aReprotectedItem({ replicationGroup: { id: 'rg', name: 'rg-finance' } });
    expect(evaluateFailover(failoverFacts({ item: grouped, groupAppConsistent: null }), { recoveryPointType: 'LatestTag' }, { viaRecoveryPlan: true }).blockers[0]?.message).toContain(
      'no app-consistent point common to all its machines',
    );
    expect(evaluateFailover(failoverFacts({ points: { latest: minutesAgo(1), latestAppConsistent: null } }), { recoveryPointType: 'LatestTime' }).canSubmit).toBe(true);
  });

  it('asks for a recovery point', () => {
    expect(codes(evaluateFailover(failoverFacts(), {}).blockers)).toEqual(['SELECTION_REQUIRED']);
  });
});
