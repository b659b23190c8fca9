import { MAX_DISKS_PER_MASTER_TARGET, SUPPORTED_SCSI_CONTROLLERS } from './constants';
import type { ItemFacts, MasterTargetFacts, ScsiControllerType } from './facts';
import { isHeartbeatFresh, minutesSince } from './item-rules';
import { compareOperatingSystems, kernelLabel, osLabel } from './os-version';
import { refuse, type Reason, type ReasonCode } from './reasons';
import { pluralize } from '../plural';

// Each prerequisite of a master target as one check. The Re-Protect blade runs them
// for a VM; the master target's page runs them with no VM, showing each one as
// passed, failed or not applicable, with the same reasons.

export type MasterTargetCheckKey =
  | 'location'
  | 'operatingSystem'
  | 'vmwareTools'
  | 'diskEnableUuid'
  | 'storageVMotion'
  | 'heartbeat'
  | 'snapshots'
  | 'scsiController'
  | 'rootOnLvm'
  | 'template'
  | 'diskLimit';

export type CheckStatus = 'passed' | 'failed' | 'notApplicable';

export interface CheckContext {
  now: Date;
  /** The VM to be reprotected; without it, the checks that compare with a VM look at the MT alone. */
  item?: ItemFacts;
  /** Disks of other VMs headed to this MT in the same submission. */
  pendingDisks?: number;
}

export interface MasterTargetCheckResult {
  key: MasterTargetCheckKey;
  title: string;
  status: CheckStatus;
  /** What was found, e.g. "Installed" or "LSI Logic SAS". */
  value: string;
  /** Set when the check failed: the same reason the blade shows. */
  reason: Reason | null;
}

type Outcome = { status: CheckStatus; value: string; failure?: { code: ReasonCode; message: string } };

interface CheckDefinition {
  key: MasterTargetCheckKey;
  title: string;
  run(mt: MasterTargetFacts, context: CheckContext): Outcome;
}

const passed = (value: string): Outcome => ({ status: 'passed', value });
const failed = (value: string, code: ReasonCode, message: string): Outcome => ({ status: 'failed', value, failure: { code, message } });

export const SCSI_CONTROLLER_LABELS: Record<ScsiControllerType, string> = {
  LsiLogicSas: 'LSI Logic SAS',
  LsiLogicParallel: 'LSI Logic Parallel',
  Paravirtual: 'VMware Paravirtual',
  BusLogic: 'BusLogic Parallel',
};

function operatingSystem(mt: MasterTargetFacts, { item }: CheckContext): Outcome {
  const value = `${osLabel(mt)} (${kernelLabel(mt)})`;
  if (!item) return passed(value);
  if (mt.osType !== item.osType) {
    return failed(value, 'MT_OS_MISMATCH', `${mt.name} is a ${mt.osType} master target; a ${item.osType} VM needs a ${item.osType} master target.`);
  }
  const { basis, difference } = compareOperatingSystems(mt, item);
  if (difference >= 0) return passed(value);
  const message =
    basis === 'release'
      ? `${mt.name} runs ${osLabel(mt)}, older than the VM's ${osLabel(item)}. The master target's OS must be the same version or later.`
      : mt.osType === 'Windows'
        ? `${mt.name} runs ${osLabel(mt)} (${kernelLabel(mt)}), older than the VM's ${osLabel(item)} (${kernelLabel(item)}). The master target's OS must be the same version or later.`
        : `${mt.name} runs ${osLabel(mt)} with ${kernelLabel(mt)}, older than the VM's ${osLabel(item)} with ${kernelLabel(item)}. ` +
          "Across distributions the master target's kernel must be the same version or later.";
  return failed(value, 'MT_OS_OLDER_THAN_VM', message);
}

function template(mt: MasterTargetFacts, { item }: CheckContext): Outcome {
  if (!mt.templateName) return passed('Not cloned from a template');
  const value = `Cloned from ${mt.templateName}`;
  if (item?.templateName && item.templateName === mt.templateName) {
    return failed(
      value,
      'MT_SAME_TEMPLATE',
      `${mt.name} was cloned from the same template as the VM (${mt.templateName}); their disk UUIDs clash. Use a master target deployed otherwise.`,
    );
  }
  return passed(item ? value : `${value}: VMs cloned from it cannot use this master target`);
}

function diskLimit(mt: MasterTargetFacts, { item, pendingDisks = 0 }: CheckContext): Outcome {
  const held = mt.attachedDiskCount + mt.reprotectedDiskCount + pendingDisks;
  const total = held + (item?.diskCount ?? 0);
  const value = `${held} of ${MAX_DISKS_PER_MASTER_TARGET} disks in use`;
  if (item && total > MAX_DISKS_PER_MASTER_TARGET) {
    return failed(
      value,
      'MT_DISK_LIMIT',
      `${mt.name} would hold ${pluralize(total, 'disk')} with this VM's ${item.diskCount}; a master target supports at most ${MAX_DISKS_PER_MASTER_TARGET}.`,
    );
  }
  if (!item && held >= MAX_DISKS_PER_MASTER_TARGET) {
    return failed(value, 'MT_DISK_LIMIT', `${mt.name} holds ${pluralize(held, 'disk')}; a master target supports at most ${MAX_DISKS_PER_MASTER_TARGET}.`);
  }
  return passed(item ? `${total} of ${MAX_DISKS_PER_MASTER_TARGET} disks with this VM` : `${value}: room for ${MAX_DISKS_PER_MASTER_TARGET - held} more`);
}

/** In the order the blade reports them. */
const CHECKS: CheckDefinition[] = [
  {
    key: 'location',
    title: 'Runs on-premises',
    run: (mt) =>
      mt.location === 'OnPremises'
        ? passed('On-premises')
        : failed('Azure', 'MT_NOT_ON_PREMISES', `${mt.name} runs in Azure. The master target must be on-premises to write to the on-premises disks.`),
  },
  { key: 'operatingSystem', title: 'Operating system and version', run: operatingSystem },
  {
    key: 'vmwareTools',
    title: 'VMware tools',
    run: (mt) =>
      mt.vmwareToolsInstalled
        ? passed('Installed')
        : failed('Not installed', 'MT_VMWARE_TOOLS_MISSING', `VMware tools are not installed on ${mt.name}; without them the datastores of its ESXi host cannot be detected.`),
  },
  {
    key: 'diskEnableUuid',
    title: 'disk.EnableUUID',
    run: (mt) =>
      mt.diskEnableUuid
        ? passed('TRUE')
        : failed('Not set', 'MT_DISK_UUID_DISABLED', `disk.EnableUUID is not set to TRUE in the VM configuration of ${mt.name}.`),
  },
  {
    key: 'storageVMotion',
    title: 'Never storage vMotioned',
    run: (mt) =>
      mt.storageVMotioned
        ? failed('Storage vMotioned', 'MT_STORAGE_VMOTIONED', `${mt.name} has been storage vMotioned; failback would fail because the disks would not be available to the VM.`)
        : passed('Not storage vMotioned'),
  },
  {
    key: 'heartbeat',
    title: 'Heartbeat',
    run: (mt, { now }) => {
      const minutes = minutesSince(mt.lastHeartbeat, now);
      const value = `${pluralize(minutes, 'minute')} ago`;
      return isHeartbeatFresh(mt.lastHeartbeat, now)
        ? passed(value)
        : failed(value, 'MT_HEARTBEAT_STALE', `${mt.name} has not sent a heartbeat for ${pluralize(minutes, 'minute')}; it must be running and connected to the configuration server.`);
    },
  },
  {
    key: 'snapshots',
    title: 'No snapshots',
    run: (mt) =>
      mt.snapshotCount > 0
        ? failed(
            pluralize(mt.snapshotCount, 'snapshot'),
            'MT_HAS_SNAPSHOTS',
            `${mt.name} has ${pluralize(mt.snapshotCount, 'snapshot')}. Delete the snapshots: a master target with snapshots makes reprotect and failback fail.`,
          )
        : passed('None'),
  },
  {
    key: 'scsiController',
    title: 'SCSI controller',
    run: (mt) =>
      (SUPPORTED_SCSI_CONTROLLERS as readonly string[]).includes(mt.scsiControllerType)
        ? passed(SCSI_CONTROLLER_LABELS[mt.scsiControllerType])
        : failed(
            SCSI_CONTROLLER_LABELS[mt.scsiControllerType],
            'MT_SCSI_NOT_LSI',
            `${mt.name} uses a ${mt.scsiControllerType} SCSI controller; only LSI Logic controllers are supported.`,
          ),
  },
  {
    key: 'rootOnLvm',
    title: 'Root file system not on LVM',
    run: (mt) => {
      if (mt.osType !== 'Linux') return { status: 'notApplicable', value: 'Linux master targets only' };
      return mt.rootOnLvm
        ? failed('On LVM', 'MT_ROOT_ON_LVM', `The root file system of ${mt.name} is on LVM, which a Linux master target does not support.`)
        : passed('Not on LVM');
    },
  },
  { key: 'template', title: 'Template', run: template },
  { key: 'diskLimit', title: `Disks (at most ${MAX_DISKS_PER_MASTER_TARGET})`, run: diskLimit },
];

export function masterTargetChecks(mt: MasterTargetFacts, context: CheckContext): MasterTargetCheckResult[] {
  const subject = { kind: 'masterTarget', id: mt.id } as const;
  return CHECKS.map(({ key, title, run }) => {
    const { status, value, failure } = run(mt, context);
    const reason = failure ? refuse(failure.code, 'masterTargetId', failure.message, subject) : null;
    return { key, title, status, value, reason };
  });
}
