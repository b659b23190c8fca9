// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import type { ItemFacts, MasterTargetFacts, ScsiControllerType } from './facts';
import { masterTargetReasons } from './master-target-rules';
import { NOW, aLinuxItem, aLinuxMasterTarget, aMasterTarget, aWindowsItem, codes, minutesAgo } from './test-fixtures';

interface RefusalCase {
  rule: string;
  mt: MasterTargetFacts;
  item: ItemFacts;
  code: string;
  message: string;
}

describe('master target rules', () => {
  it('an eligible Windows MT has no reasons for a Windows VM', () => {
    expect(masterTargetReasons(aMasterTarget(), aWindowsItem(), NOW)).toEqual([]);
  });

  it('an eligible Linux MT has no reasons for a Linux VM', () => {
    expect(masterTargetReasons(aLinuxMasterTarget(), aLinuxItem(), NOW)).toEqual([]);
  });

  const refusals: RefusalCase[] = [
    {
      rule: 'article: the master target needs to be available on-premises (an MT in Azure is refused)',
      mt: aMasterTarget({ location: 'Azure' }),
      item: aWindowsItem(),
      code: 'MT_NOT_ON_PREMISES',
      message: 'must be on-premises',
    },
    {
      rule: 'article: a Linux failed over VM needs a Linux master target',
      mt: aMasterTarget(),
      item: aLinuxItem(),
      code: 'MT_OS_MISMATCH',
      message: 'a Linux VM needs a Linux master target',
    },
    {
      rule: 'article: a Windows failed over VM requires a Windows master target',
      mt: aLinuxMasterTarget(),
      item: aWindowsItem(),
      code: 'MT_OS_MISMATCH',
      message: 'a Windows VM needs a Windows master target',
    },
    {
      rule: 'article: without VMware tools on the MT the datastores of its ESXi host cannot be detected',
      mt: aMasterTarget({ vmwareToolsInstalled: false }),
      item: aWindowsItem(),
      code: 'MT_VMWARE_TOOLS_MISSING',
      message: 'VMware tools are not installed on mt-win-01',
    },
    {
      rule: 'article: disk.EnableUUID = True must be set on the MT VM',
      mt: aMasterTarget({ diskEnableUuid: false }),
      item: aWindowsItem(),
      code: 'MT_DISK_UUID_DISABLED',
      message: 'disk.EnableUUID',
    },
    {
      rule: 'article: the master target server cannot be storage vMotioned',
      mt: aMasterTarget({ storageVMotioned: true }),
      item: aWindowsItem(),
      code: 'MT_STORAGE_VMOTIONED',
      message: 'storage vMotioned',
    },
    {
      rule: 'service: an MT whose heartbeat is 16 minutes old is not responding',
      mt: aMasterTarget({ lastHeartbeat: minutesAgo(16) }),
      item: aWindowsItem(),
      code: 'MT_HEARTBEAT_STALE',
      message: 'for 16 minutes',
    },
    {
      rule: 'service: an MT with snapshots makes reprotect and failback fail',
      mt: aMasterTarget({ snapshotCount: 2 }),
      item: aWindowsItem(),
      code: 'MT_HAS_SNAPSHOTS',
      message: 'has 2 snapshots',
    },
    {
      rule: 'service: a Linux MT with its root on LVM is not supported',
      mt: aLinuxMasterTarget({ rootOnLvm: true }),
      item: aLinuxItem(),
      code: 'MT_ROOT_ON_LVM',
      message: 'LVM',
    },
    {
      rule: "service: the MT's OS must be the same or a higher version than the VM's (Windows 2012 R2 MT, 2016 VM)",
      mt: aMasterTarget({ osVersion: '2012 R2', kernelVersion: '6.3.9600' }),
      item: aWindowsItem(),
      code: 'MT_OS_OLDER_THAN_VM',
      message: "Windows Server 2012 R2 (NT 6.3.9600), older than the VM's Windows Server 2016 (NT 10.0.14393)",
    },
    {
      rule: "service: the MT's OS must be the same or a higher version than the VM's (Ubuntu 14.04 MT, 16.04 VM)",
      mt: aLinuxMasterTarget({ osVersion: '14.04', kernelVersion: '3.13.0' }),
      item: aLinuxItem(),
      code: 'MT_OS_OLDER_THAN_VM',
      message: "mt-lnx-01 runs Ubuntu 14.04, older than the VM's Ubuntu 16.04. The master target's OS must be the same version or later.",
    },
    {
      rule: 'service: a VM created from the same template as the MT clashes on disk UUID',
      mt: aMasterTarget({ templateName: 'tpl-win2016' }),
      item: aWindowsItem({ templateName: 'tpl-win2016' }),
      code: 'MT_SAME_TEMPLATE',
      message: 'same template as the VM (tpl-win2016)',
    },
    {
      rule: 'service: at most 60 disks on a master target (3 own + 56 reprotected + 2 of this VM = 61)',
      mt: aMasterTarget({ attachedDiskCount: 3, reprotectedDiskCount: 56 }),
      item: aWindowsItem({ diskCount: 2 }),
      code: 'MT_DISK_LIMIT',
      message: 'would hold 61 disks',
    },
  ];

  it.each(refusals)('$rule', ({ mt, item, code, message }) => {
    const reasons = masterTargetReasons(mt, item, NOW);
    expect(codes(reasons)).toEqual([code]);
    expect(reasons[0]).toMatchObject({ severity: 'error', field: 'masterTargetId', subject: { kind: 'masterTarget', id: mt.id } });
    expect(reasons[0]?.message).toContain(message);
  });

  describe('service: heartbeat older than 15 minutes is stale', () => {
    it('exactly 15 minutes old is fresh', () => {
      expect(masterTargetReasons(aMasterTarget({ lastHeartbeat: minutesAgo(15) }), aWindowsItem(), NOW)).toEqual([]);
    });

    it('16 minutes old is stale', () => {
      expect(codes(masterTargetReasons(aMasterTarget({ lastHeartbeat: minutesAgo(16) }), aWindowsItem(), NOW))).toEqual([
        'MT_HEARTBEAT_STALE',
      ]);
    });
  });

  describe('service: LSI Logic SCSI controller only (no Paravirtual)', () => {
    const controllers: { type: ScsiControllerType; refused: boolean }[] = [
      { type: 'Paravirtual', refused: true },
      { type: 'BusLogic', refused: true },
      { type: 'LsiLogicSas', refused: false },
      { type: 'LsiLogicParallel', refused: false },
    ];
    it.each(controllers)('$type refused: $refused', ({ type, refused }) => {
      const reasons = masterTargetReasons(aMasterTarget({ scsiControllerType: type }), aWindowsItem(), NOW);
      expect(codes(reasons)).toEqual(refused ? ['MT_SCSI_NOT_LSI'] : []);
      if (refused) expect(reasons[0]?.message).toContain(`uses a ${type} SCSI controller`);
    });
  });

  it('service: the LVM restriction is for Linux MTs only (ignored on a Windows MT)', () => {
    expect(masterTargetReasons(aMasterTarget({ rootOnLvm: true }), aWindowsItem(), NOW)).toEqual([]);
  });

  it('service: an OS mismatch is reported as such, not as an older version', () => {
    const reasons = masterTargetReasons(aLinuxMasterTarget({ osVersion: '1.0', kernelVersion: '1.0' }), aWindowsItem(), NOW);
    expect(codes(reasons)).toEqual(['MT_OS_MISMATCH']);
  });

  describe("service: the MT's OS may be the same version as the VM's or newer", () => {
    it.each([
      { name: 'same version', osVersion: '2016', kernelVersion: '10.0.14393' },
      { name: 'newer version (Windows Server 2019)', osVersion: '2019', kernelVersion: '10.0.17763' },
      { name: 'newer major version (Windows Server 2022)', osVersion: '2022', kernelVersion: '10.0.20348' },
    ])('$name is accepted', ({ osVersion, kernelVersion }) => {
      expect(masterTargetReasons(aMasterTarget({ osVersion, kernelVersion }), aWindowsItem(), NOW)).toEqual([]);
    });
  });

  describe('the OS comparison: releases within one distribution, kernels across distributions', () => {
    const ubuntu1804 = aLinuxItem({ osVersion: '18.04', kernelVersion: '4.15.0' });
    it('a 16.04 MT on the hardware-enablement kernel of 18.04 is still older than an 18.04 VM', () => {
      const reasons = masterTargetReasons(aLinuxMasterTarget({ osVersion: '16.04', kernelVersion: '4.15.0' }), ubuntu1804, NOW);
      expect(codes(reasons)).toEqual(['MT_OS_OLDER_THAN_VM']);
      expect(reasons[0]?.message).toContain("runs Ubuntu 16.04, older than the VM's Ubuntu 18.04");
    });
    it('an 18.04 MT takes a 16.04 VM whatever kernel each runs', () => {
      const vm = aLinuxItem({ osVersion: '16.04', kernelVersion: '4.15.0' });
      expect(masterTargetReasons(aLinuxMasterTarget({ osVersion: '18.04', kernelVersion: '4.15.0' }), vm, NOW)).toEqual([]);
    });
    it('distribution names compare without case or surrounding spaces', () => {
      const mt = aLinuxMasterTarget({ osDistribution: ' ubuntu ', osVersion: '18.04', kernelVersion: '4.4.0' });
      expect(masterTargetReasons(mt, ubuntu1804, NOW)).toEqual([]);
    });
    it('across distributions the release numbers are not compared: Ubuntu 18.04 takes CentOS 7.9 (kernel 3.10 < 4.15)', () => {
      const centos = aLinuxItem({ osDistribution: 'CentOS', osVersion: '7.9', kernelVersion: '3.10.0' });
      expect(masterTargetReasons(aLinuxMasterTarget({ osVersion: '18.04', kernelVersion: '4.15.0' }), centos, NOW)).toEqual([]);
    });
    it("across distributions a kernel older than the VM's is refused, named as such", () => {
      const mt = aLinuxMasterTarget({ osDistribution: 'CentOS', osVersion: '7.9', kernelVersion: '3.10.0' });
      const reasons = masterTargetReasons(mt, ubuntu1804, NOW);
      expect(codes(reasons)).toEqual(['MT_OS_OLDER_THAN_VM']);
      expect(reasons[0]?.message).toContain("runs CentOS 7.9 with kernel 3.10.0, older than the VM's Ubuntu 18.04 with kernel 4.15.0");
    });
    it('Windows releases order by their NT version, not by their names', () => {
      const mt = aMasterTarget({ osVersion: '2012 R2', kernelVersion: '6.3.9600' });
      const vm2012 = aWindowsItem({ osVersion: '2012', kernelVersion: '6.2.9200' });
      expect(masterTargetReasons(mt, vm2012, NOW)).toEqual([]);
      expect(codes(masterTargetReasons(aMasterTarget({ osVersion: '2012', kernelVersion: '6.2.9200' }), aWindowsItem({ osVersion: '2012 R2', kernelVersion: '6.3.9600' }), NOW))).toEqual([
        'MT_OS_OLDER_THAN_VM',
      ]);
    });
  });

  describe('service: the same-template clash needs both to come from one template', () => {
    it.each([
      { name: 'different templates', mt: 'tpl-mt', item: 'tpl-app' },
      { name: 'MT without a template', mt: null, item: 'tpl-app' },
      { name: 'VM without a template', mt: 'tpl-mt', item: null },
      { name: 'neither from a template', mt: null, item: null },
    ])('$name is accepted', ({ mt, item }) => {
      expect(masterTargetReasons(aMasterTarget({ templateName: mt }), aWindowsItem({ templateName: item }), NOW)).toEqual([]);
    });
  });

  describe('service: max 60 disks attached across reprotected VMs', () => {
    it('exactly 60 disks is accepted', () => {
      const mt = aMasterTarget({ attachedDiskCount: 3, reprotectedDiskCount: 55 });
      expect(masterTargetReasons(mt, aWindowsItem({ diskCount: 2 }), NOW)).toEqual([]);
    });

    it('61 disks is refused', () => {
      const mt = aMasterTarget({ attachedDiskCount: 3, reprotectedDiskCount: 56 });
      const reasons = masterTargetReasons(mt, aWindowsItem({ diskCount: 2 }), NOW);
      expect(codes(reasons)).toEqual(['MT_DISK_LIMIT']);
      expect(reasons[0]?.message).toContain('at most 60');
    });

    it('disks of other VMs in the same submission (pendingDisks) count against the limit', () => {
      const mt = aMasterTarget({ attachedDiskCount: 3, reprotectedDiskCount: 50 });
      const item = aWindowsItem({ diskCount: 2 });
      expect(masterTargetReasons(mt, item, NOW, 5)).toEqual([]);
      expect(codes(masterTargetReasons(mt, item, NOW, 6))).toEqual(['MT_DISK_LIMIT']);
    });
  });

  it('reports every failed rule, not just the first', () => {
    const mt = aMasterTarget({ location: 'Azure', snapshotCount: 1, scsiControllerType: 'Paravirtual' });
    expect(codes(masterTargetReasons(mt, aWindowsItem(), NOW))).toEqual(['MT_NOT_ON_PREMISES', 'MT_HAS_SNAPSHOTS', 'MT_SCSI_NOT_LSI']);
  });
});
