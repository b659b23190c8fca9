// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import type { MasterTargetFacts } from './facts';
import { masterTargetChecks, type MasterTargetCheckKey } from './master-target-checks';
import { masterTargetReasons } from './master-target-rules';
import { NOW, aLinuxMasterTarget, aMasterTarget, aWindowsItem, minutesAgo } from './test-fixtures';

const statusOf = (mt: MasterTargetFacts, key: MasterTargetCheckKey) =>
  masterTargetChecks(mt, { now: NOW }).find((check) => check.key === key);

describe('master target checks without a VM (the master target page)', () => {
  it('a sound Windows MT passes every check; the LVM check does not apply to Windows', () => {
    const checks = masterTargetChecks(aMasterTarget(), { now: NOW });
    expect(checks.map((c) => [c.key, c.status])).toEqual([
      ['location', 'passed'],
      ['operatingSystem', 'passed'],
      ['vmwareTools', 'passed'],
      ['diskEnableUuid', 'passed'],
      ['storageVMotion', 'passed'],
      ['heartbeat', 'passed'],
      ['snapshots', 'passed'],
      ['scsiController', 'passed'],
      ['rootOnLvm', 'notApplicable'],
      ['template', 'passed'],
      ['diskLimit', 'passed'],
    ]);
    expect(checks.every((c) => c.reason === null)).toBe(true);
  });

  const failures: { check: MasterTargetCheckKey; mt: MasterTargetFacts; code: string; value: string }[] = [
    { check: 'location', mt: aMasterTarget({ location: 'Azure' }), code: 'MT_NOT_ON_PREMISES', value: 'Azure' },
    { check: 'vmwareTools', mt: aMasterTarget({ vmwareToolsInstalled: false }), code: 'MT_VMWARE_TOOLS_MISSING', value: 'Not installed' },
    { check: 'diskEnableUuid', mt: aMasterTarget({ diskEnableUuid: false }), code: 'MT_DISK_UUID_DISABLED', value: 'Not set' },
    { check: 'storageVMotion', mt: aMasterTarget({ storageVMotioned: true }), code: 'MT_STORAGE_VMOTIONED', value: 'Storage vMotioned' },
    { check: 'heartbeat', mt: aMasterTarget({ lastHeartbeat: minutesAgo(16) }), code: 'MT_HEARTBEAT_STALE', value: '16 minutes ago' },
    { check: 'snapshots', mt: aMasterTarget({ snapshotCount: 3 }), code: 'MT_HAS_SNAPSHOTS', value: '3 snapshots' },
    { check: 'scsiController', mt: aMasterTarget({ scsiControllerType: 'Paravirtual' }), code: 'MT_SCSI_NOT_LSI', value: 'VMware Paravirtual' },
    { check: 'rootOnLvm', mt: aLinuxMasterTarget({ rootOnLvm: true }), code: 'MT_ROOT_ON_LVM', value: 'On LVM' },
    { check: 'diskLimit', mt: aMasterTarget({ attachedDiskCount: 10, reprotectedDiskCount: 50 }), code: 'MT_DISK_LIMIT', value: '60 of 60 disks in use' },
  ];

  it.each(failures)('$check fails with $code', ({ check, mt, code, value }) => {
    const result = statusOf(mt, check);
    expect(result).toMatchObject({ status: 'failed', value, reason: { code, severity: 'error', subject: { kind: 'masterTarget', id: mt.id } } });
  });

  it('a failed check carries the very reason the blade gives for a VM', () => {
    const mt = aMasterTarget({ vmwareToolsInstalled: false });
    expect(statusOf(mt, 'vmwareTools')?.reason).toEqual(masterTargetReasons(mt, aWindowsItem(), NOW)[0]);
  });

  it('checks that compare with a VM pass on their own: OS, template', () => {
    const mt = aMasterTarget({ osVersion: '2008 R2', kernelVersion: '6.1.7601', templateName: 'tpl-x' });
    expect(statusOf(mt, 'operatingSystem')).toMatchObject({ status: 'passed', value: 'Windows Server 2008 R2 (NT 6.1.7601)' });
    expect(statusOf(aLinuxMasterTarget(), 'operatingSystem')).toMatchObject({ status: 'passed', value: 'Ubuntu 16.04 (kernel 4.4.0)' });
    expect(statusOf(mt, 'template')).toMatchObject({ status: 'passed', value: 'Cloned from tpl-x: VMs cloned from it cannot use this master target' });
  });

  it('the disk check tells how many more disks fit', () => {
    expect(statusOf(aMasterTarget({ attachedDiskCount: 58 }), 'diskLimit')).toMatchObject({
      status: 'passed',
      value: '58 of 60 disks in use: room for 2 more',
    });
  });

  it('a Linux MT whose root is not on LVM passes the LVM check', () => {
    expect(statusOf(aLinuxMasterTarget(), 'rootOnLvm')).toMatchObject({ status: 'passed' });
  });
});
