import type { ScsiControllerType } from '../reprotect/facts';
import { SCSI_CONTROLLER_LABELS } from '../reprotect/master-target-checks';
import { pluralize } from '../plural';

// What the site lab may do to a server or a failed-over VM, and what each change
// sets. A change that would leave nothing different is refused with a word why,
// so that the lab never reports a fix that did not happen.

export interface MasterTargetState {
  name: string;
  vmwareToolsInstalled: boolean;
  diskEnableUuid: boolean;
  snapshotCount: number;
  scsiControllerType: ScsiControllerType;
  agentResponding: boolean;
  storageVMotioned: boolean;
}

export type MasterTargetLabChange =
  | { change: 'installVmwareTools' }
  | { change: 'enableDiskUuid' }
  | { change: 'deleteSnapshots' }
  | { change: 'takeSnapshot' }
  | { change: 'changeScsiController'; scsiControllerType: ScsiControllerType }
  | { change: 'startAgent' }
  | { change: 'stopAgent' }
  | { change: 'storageVMotion' };

export type MasterTargetPatch = Partial<Omit<MasterTargetState, 'name'>> & { lastHeartbeat?: Date };

/** Why this change cannot be made (null when it can). */
export function masterTargetChangeProblem(mt: MasterTargetState, change: MasterTargetLabChange): string | null {
  switch (change.change) {
    case 'installVmwareTools':
      return mt.vmwareToolsInstalled ? `VMware tools are already installed on ${mt.name}.` : null;
    case 'enableDiskUuid':
      return mt.diskEnableUuid ? `disk.EnableUUID is already TRUE on ${mt.name}.` : null;
    case 'deleteSnapshots':
      return mt.snapshotCount === 0 ? `${mt.name} has no snapshots.` : null;
    case 'takeSnapshot':
      return mt.snapshotCount > 0 ? `${mt.name} already has ${mt.snapshotCount === 1 ? 'a snapshot' : pluralize(mt.snapshotCount, 'snapshot')}.` : null;
    case 'changeScsiController':
      return mt.scsiControllerType === change.scsiControllerType
        ? `${mt.name} already uses a ${SCSI_CONTROLLER_LABELS[change.scsiControllerType]} controller.`
        : null;
    case 'startAgent':
      return mt.agentResponding ? `The agent on ${mt.name} is already running.` : null;
    case 'stopAgent':
      return mt.agentResponding ? null : `The agent on ${mt.name} is already stopped.`;
    case 'storageVMotion':
      return mt.storageVMotioned ? `${mt.name} has already been storage vMotioned; it cannot be undone.` : null;
  }
}

/** The fields a change sets. A started agent reports in at once. */
export function masterTargetChangePatch(change: MasterTargetLabChange, now: Date): MasterTargetPatch {
  switch (change.change) {
    case 'installVmwareTools':
      return { vmwareToolsInstalled: true };
    case 'enableDiskUuid':
      return { diskEnableUuid: true };
    case 'deleteSnapshots':
      return { snapshotCount: 0 };
    case 'takeSnapshot':
      return { snapshotCount: 1 };
    case 'changeScsiController':
      return { scsiControllerType: change.scsiControllerType };
    case 'startAgent':
      return { agentResponding: true, lastHeartbeat: now };
    case 'stopAgent':
      return { agentResponding: false };
    case 'storageVMotion':
      return { storageVMotioned: true };
  }
}

export const MASTER_TARGET_CHANGE_DONE: Record<MasterTargetLabChange['change'], string> = {
  installVmwareTools: 'VMware tools installed',
  enableDiskUuid: 'disk.EnableUUID set to TRUE',
  deleteSnapshots: 'Snapshots deleted',
  takeSnapshot: 'Snapshot taken',
  changeScsiController: 'SCSI controller changed',
  startAgent: 'Agent started',
  stopAgent: 'Agent stopped',
  storageVMotion: 'Storage vMotion done',
};

export interface AzureVmState {
  name: string;
  azureVmRunning: boolean;
  agentRegistered: boolean;
}

export type ItemLabChange = 'startAzureVm' | 'stopAzureVm' | 'registerAgent' | 'unregisterAgent';

export function itemChangeProblem(item: AzureVmState, change: ItemLabChange): string | null {
  switch (change) {
    case 'startAzureVm':
      return item.azureVmRunning ? `The Azure VM of ${item.name} is already running.` : null;
    case 'stopAzureVm':
      return item.azureVmRunning ? null : `The Azure VM of ${item.name} is already stopped.`;
    case 'registerAgent':
      if (item.agentRegistered) return `The Mobility agent of ${item.name} is already registered.`;
      return item.azureVmRunning ? null : `Start the Azure VM of ${item.name} first: its Mobility agent registers once the VM runs.`;
    case 'unregisterAgent':
      return item.agentRegistered ? null : `The Mobility agent of ${item.name} is not registered.`;
  }
}

export function itemChangePatch(change: ItemLabChange): Partial<Pick<AzureVmState, 'azureVmRunning' | 'agentRegistered'>> {
  switch (change) {
    case 'startAzureVm':
      return { azureVmRunning: true };
    case 'stopAzureVm':
      return { azureVmRunning: false };
    case 'registerAgent':
      return { agentRegistered: true };
    case 'unregisterAgent':
      return { agentRegistered: false };
  }
}
