import { MAX_DISKS_PER_MASTER_TARGET, SUPPORTED_SCSI_CONTROLLERS } from './constants';
import type { ItemFacts, MasterTargetFacts } from './facts';
import { isHeartbeatFresh, minutesSince } from './item-rules';
import { compareVersions } from './os-version';
import { refuse, type Reason } from './reasons';

const FIELD = 'masterTargetId' as const;

/**
 * Why this master target cannot receive this VM (empty when it can).
 * `pendingDisks` counts disks of other VMs headed to the same MT in the same
 * submission (a recovery plan), which also count against the disk limit.
 */
export function masterTargetReasons(
  mt: MasterTargetFacts,
  item: ItemFacts,
  now: Date,
  pendingDisks = 0,
): Reason[] {
  const subject = { kind: 'masterTarget', id: mt.id } as const;
  const reasons: Reason[] = [];
  const add = (code: Reason['code'], message: string) => reasons.push(refuse(code, FIELD, message, subject));

  if (mt.location !== 'OnPremises') {
    add('MT_NOT_ON_PREMISES', `${mt.name} runs in Azure. The master target must be on-premises to write to the on-premises disks.`);
  }
  if (mt.osType !== item.osType) {
    add(
      'MT_OS_MISMATCH',
      `${mt.name} is a ${mt.osType} master target; a ${item.osType} VM needs a ${item.osType} master target.`,
    );
  } else if (compareVersions(mt.osVersion, item.osVersion) < 0) {
    add(
      'MT_OS_OLDER_THAN_VM',
      `${mt.name} runs ${mt.osName} (${mt.osVersion}), older than the VM's ${item.osName} (${item.osVersion}). The master target's OS must be the same version or later.`,
    );
  }
  if (!mt.vmwareToolsInstalled) {
    add('MT_VMWARE_TOOLS_MISSING', `VMware tools are not installed on ${mt.name}; without them the datastores of its ESXi host cannot be detected.`);
  }
  if (!mt.diskEnableUuid) {
    add('MT_DISK_UUID_DISABLED', `disk.EnableUUID is not set to TRUE in the VM configuration of ${mt.name}.`);
  }
  if (mt.storageVMotioned) {
    add('MT_STORAGE_VMOTIONED', `${mt.name} has been storage vMotioned; failback would fail because the disks would not be available to the VM.`);
  }
  if (!isHeartbeatFresh(mt.lastHeartbeat, now)) {
    add('MT_HEARTBEAT_STALE', `${mt.name} has not sent a heartbeat for ${minutesSince(mt.lastHeartbeat, now)} minutes; it must be running and connected to the configuration server.`);
  }
  if (mt.snapshotCount > 0) {
    add('MT_HAS_SNAPSHOTS', `${mt.name} has ${mt.snapshotCount} snapshot(s). Delete the snapshots: a master target with snapshots makes reprotect and failback fail.`);
  }
  if (!(SUPPORTED_SCSI_CONTROLLERS as readonly string[]).includes(mt.scsiControllerType)) {
    add('MT_SCSI_NOT_LSI', `${mt.name} uses a ${mt.scsiControllerType} SCSI controller; only LSI Logic controllers are supported.`);
  }
  if (mt.osType === 'Linux' && mt.rootOnLvm) {
    add('MT_ROOT_ON_LVM', `The root file system of ${mt.name} is on LVM, which a Linux master target does not support.`);
  }
  if (mt.templateName && item.templateName && mt.templateName === item.templateName) {
    add(
      'MT_SAME_TEMPLATE',
      `${mt.name} was cloned from the same template as the VM (${mt.templateName}); their disk UUIDs clash. Use a master target deployed otherwise.`,
    );
  }
  const total = mt.attachedDiskCount + mt.reprotectedDiskCount + pendingDisks + item.diskCount;
  if (total > MAX_DISKS_PER_MASTER_TARGET) {
    add(
      'MT_DISK_LIMIT',
      `${mt.name} would hold ${total} disks with this VM's ${item.diskCount}; a master target supports at most ${MAX_DISKS_PER_MASTER_TARGET}.`,
    );
  }
  return reasons;
}
