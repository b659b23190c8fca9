// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import { evaluateReprotect, fieldErrors } from './evaluate';
import type { ReprotectSelection } from './facts';
import { inform, refuse, warn, type ReprotectField } from './reasons';
import {
  EXPRESS_ROUTE_PRIVATE,
  OTHER_ESXI_HOST,
  aDatastore,
  aLinuxItem,
  aLinuxMasterTarget,
  aMasterTarget,
  aProcessServer,
  aVolume,
  aWindowsItem,
  codes,
  someFacts,
} from './test-fixtures';

const valid: Required<ReprotectSelection> = {
  masterTargetId: 'mt-win-01',
  processServerId: 'ps-azure-01',
  datastoreId: 'ds-vmfs-01',
  retentionVolumeId: 'vol-r',
};

const onPremPs = aProcessServer({ id: 'ps-onprem-01', friendlyName: 'ps-onprem-01', location: 'OnPremises' });

describe('evaluateReprotect', () => {
  it('article steps: a complete valid selection (MT, PS, datastore, retention drive) can be submitted', () => {
    const result = evaluateReprotect(someFacts(), valid);
    expect(result.blockers).toEqual([]);
    expect(result.canSubmit).toBe(true);
    expect(codes(result.selectionReasons)).toEqual(['DATASTORE_IGNORED']);
    expect(result.failbackPolicy?.recoveryPointThresholdInMinutes).toBe(15);
  });

  describe('article: master target, process server, datastore and retention drive are all required', () => {
    it.each<keyof ReprotectSelection>(['processServerId', 'datastoreId', 'retentionVolumeId'])(
      'missing %s is refused with SELECTION_REQUIRED on that field',
      (field) => {
        const result = evaluateReprotect(someFacts(), { ...valid, [field]: undefined });
        expect(result.canSubmit).toBe(false);
        expect(result.blockers).toEqual([expect.objectContaining({ code: 'SELECTION_REQUIRED', field })]);
      },
    );

    it('missing master target: SELECTION_REQUIRED on masterTargetId (datastore and drive wait for it)', () => {
      const result = evaluateReprotect(someFacts(), { ...valid, masterTargetId: undefined });
      expect(result.canSubmit).toBe(false);
      expect(result.blockers).toEqual([expect.objectContaining({ code: 'SELECTION_REQUIRED', field: 'masterTargetId' })]);
      expect(result.blockers[0]?.message).toBe('Select a master target server.');
    });

    it('an empty selection asks for the master target and the process server', () => {
      const result = evaluateReprotect(someFacts(), {});
      expect(result.blockers.map((r) => [r.code, r.field])).toEqual([
        ['SELECTION_REQUIRED', 'masterTargetId'],
        ['SELECTION_REQUIRED', 'processServerId'],
      ]);
    });

    it('an id that is not offered is refused with SELECTION_UNKNOWN', () => {
      const result = evaluateReprotect(someFacts(), { ...valid, datastoreId: 'ds-nope' });
      expect(result.blockers).toEqual([expect.objectContaining({ code: 'SELECTION_UNKNOWN', field: 'datastoreId' })]);
    });
  });

  describe("an ineligible choice blocks with that choice's reason on its field", () => {
    const cases: { name: string; field: ReprotectField; code: string; overrides: Parameters<typeof someFacts>[0] }[] = [
      { name: 'MT with snapshots', field: 'masterTargetId', code: 'MT_HAS_SNAPSHOTS', overrides: { masterTargets: [aMasterTarget({ snapshotCount: 1 })] } },
      { name: 'PS that cannot reach the CS', field: 'processServerId', code: 'PS_CANNOT_REACH_CS', overrides: { processServers: [aProcessServer({ canReachConfigurationServer: false })] } },
      { name: 'NFS datastore', field: 'datastoreId', code: 'DATASTORE_NFS', overrides: { datastores: [aDatastore({ type: 'NFS' })] } },
      { name: 'locked retention drive', field: 'retentionVolumeId', code: 'VOLUME_LOCKED', overrides: { masterTargets: [aMasterTarget({ volumes: [aVolume({ locked: true })] })] } },
    ];
    it.each(cases)('$name → $code on $field', ({ field, code, overrides }) => {
      const result = evaluateReprotect(someFacts(overrides), valid);
      expect(result.canSubmit).toBe(false);
      expect(result.blockers).toEqual([expect.objectContaining({ code, field })]);
    });

    it("refuses an existing VM whose datastore is read-only on the MT's host", () => {
      const facts = someFacts({ datastores: [aDatastore({ mounts: [{ hostId: 'host-esx-01', hostName: 'esx01', access: 'ReadOnly' }] })] });
      const result = evaluateReprotect(facts, { ...valid, datastoreId: 'ds-vmfs-01' });
      expect(codes(result.blockers)).toEqual(['SOURCE_DATASTORE_NOT_WRITABLE', 'DATASTORE_READ_ONLY']);
      expect(result.blockers.every((r) => r.field === 'datastoreId')).toBe(true);
    });

    it('item reasons block even a valid selection', () => {
      const result = evaluateReprotect(someFacts({ item: aWindowsItem({ agentRegistered: false }) }), valid);
      expect(codes(result.itemReasons)).toEqual(['ITEM_AGENT_NOT_REGISTERED']);
      expect(codes(result.blockers)).toEqual(['ITEM_AGENT_NOT_REGISTERED']);
      expect(result.canSubmit).toBe(false);
    });

    it('viaRecoveryPlan lets a replication group member through', () => {
      const facts = someFacts({ item: aWindowsItem({ replicationGroup: { id: 'rg', name: 'rg' } }) });
      expect(evaluateReprotect(facts, valid).canSubmit).toBe(false);
      expect(evaluateReprotect(facts, valid, { viaRecoveryPlan: true }).canSubmit).toBe(true);
    });

    it("pending disks of the same submission count against the chosen MT's 60-disk limit", () => {
      const facts = someFacts({ masterTargets: [aMasterTarget({ attachedDiskCount: 3, reprotectedDiskCount: 50 })] });
      expect(evaluateReprotect(facts, valid, { pendingDisksByMasterTarget: { 'mt-win-01': 5 } }).canSubmit).toBe(true);
      const over = evaluateReprotect(facts, valid, { pendingDisksByMasterTarget: { 'mt-win-01': 6 } });
      expect(codes(over.blockers)).toEqual(['MT_DISK_LIMIT']);
    });
  });

  describe("service: datastores and retention drives depend on the MT's ESXi host", () => {
    const mt2 = aMasterTarget({ id: 'mt-win-02', name: 'mt-win-02', esxiHost: { ...OTHER_ESXI_HOST }, volumes: [aVolume({ id: 'vol-r2' })] });
    const facts = someFacts({
      masterTargets: [aMasterTarget(), mt2],
      datastores: [
        aDatastore(),
        aDatastore({ id: 'ds-vmfs-02', symbolicName: 'vmfs-02', mounts: [{ hostId: OTHER_ESXI_HOST.id, hostName: OTHER_ESXI_HOST.name, access: 'ReadWrite' }] }),
      ],
    });

    it('are empty until an MT is chosen', () => {
      const result = evaluateReprotect(facts, {});
      expect(result.datastores).toEqual([]);
      expect(result.retentionVolumes).toEqual([]);
      expect(result.defaults.retentionVolumeId).toBeUndefined();
    });

    it('change with the MT', () => {
      const first = evaluateReprotect(facts, { masterTargetId: 'mt-win-01' });
      const second = evaluateReprotect(facts, { masterTargetId: 'mt-win-02' });
      expect(first.datastores.map((c) => c.id)).toEqual(['ds-vmfs-01']);
      expect(second.datastores.map((c) => c.id)).toEqual(['ds-vmfs-02']);
      expect(first.retentionVolumes.map((c) => [c.id, c.eligible])).toEqual([['vol-r', true], ['vol-c', false]]);
      expect(second.retentionVolumes.map((c) => c.id)).toEqual(['vol-r2']);
    });

    it('an unknown MT id shows no datastores', () => {
      const result = evaluateReprotect(facts, { masterTargetId: 'mt-nope' });
      expect(result.datastores).toEqual([]);
      expect(codes(result.blockers)).toContain('SELECTION_UNKNOWN');
    });
  });

  describe('article: default retention volume (R: on Windows, /mnt/retention on Linux) is pre-selected', () => {
    it('R: for a Windows MT', () => {
      expect(evaluateReprotect(someFacts(), { masterTargetId: 'mt-win-01' }).defaults.retentionVolumeId).toBe('vol-r');
    });

    it('/mnt/retention for a Linux MT', () => {
      const facts = someFacts({ item: aLinuxItem(), masterTargets: [aLinuxMasterTarget()] });
      expect(evaluateReprotect(facts, { masterTargetId: 'mt-lnx-01' }).defaults.retentionVolumeId).toBe('vol-mnt-retention');
    });

    it('nothing when the default is ineligible', () => {
      const facts = someFacts({ masterTargets: [aMasterTarget({ volumes: [aVolume({ isCacheVolume: true })] })] });
      expect(evaluateReprotect(facts, { masterTargetId: 'mt-win-01' }).defaults.retentionVolumeId).toBeUndefined();
    });
  });

  it('ineligible master targets are still listed, with their reasons, rather than omitted', () => {
    const facts = someFacts({
      masterTargets: [
        aMasterTarget(),
        aMasterTarget({ id: 'mt-azure', name: 'mt-azure', location: 'Azure' }),
        aLinuxMasterTarget(),
      ],
    });
    const { masterTargets } = evaluateReprotect(facts, {});
    expect(masterTargets.map((c) => [c.id, c.eligible, codes(c.reasons)])).toEqual([
      ['mt-win-01', true, []],
      ['mt-azure', false, ['MT_NOT_ON_PREMISES']],
      ['mt-lnx-01', false, ['MT_OS_MISMATCH']],
    ]);
    expect(masterTargets[1]?.detail).toContain('Azure');
  });

  describe('warnings do not block', () => {
    it('an on-premises PS over S2S VPN only: warning, still submittable; the Azure PS is recommended', () => {
      const facts = someFacts({ processServers: [aProcessServer(), onPremPs] });
      const result = evaluateReprotect(facts, { ...valid, processServerId: 'ps-onprem-01' });
      expect(codes(result.warnings)).toEqual(['PS_ON_PREMISES_OVER_VPN']);
      expect(result.canSubmit).toBe(true);
      expect(result.processServers.map((c) => [c.id, c.eligible, c.recommended])).toEqual([
        ['ps-azure-01', true, true],
        ['ps-onprem-01', true, false],
      ]);
    });

    it('with ExpressRoute private peering nothing is recommended and nothing warned', () => {
      const facts = someFacts({ connectivity: EXPRESS_ROUTE_PRIVATE, processServers: [aProcessServer(), onPremPs] });
      const result = evaluateReprotect(facts, { ...valid, processServerId: 'ps-onprem-01' });
      expect(result.warnings).toEqual([]);
      expect(result.processServers.map((c) => c.recommended)).toEqual([false, false]);
    });

    it('an unhealthy Azure PS is not recommended', () => {
      const facts = someFacts({ processServers: [aProcessServer({ health: 'Critical' })] });
      expect(evaluateReprotect(facts, {}).processServers[0]).toMatchObject({ eligible: false, recommended: false });
    });
  });

  it('fieldErrors gives the first blocking message per field and skips warnings and info', () => {
    const errors = fieldErrors([
      warn('PS_ON_PREMISES_OVER_VPN', 'processServerId', 'ps warning'),
      inform('DATASTORE_IGNORED', 'datastoreId', 'ignored'),
      refuse('MT_HAS_SNAPSHOTS', 'masterTargetId', 'first mt'),
      refuse('MT_SCSI_NOT_LSI', 'masterTargetId', 'second mt'),
      refuse('DATASTORE_NFS', 'datastoreId', 'nfs'),
    ]);
    expect(errors).toEqual({ masterTargetId: 'first mt', datastoreId: 'nfs' });
  });
});
