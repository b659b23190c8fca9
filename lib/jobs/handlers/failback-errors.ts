import { AGENT_REGISTRATION_MINUTES } from '../../domain/reprotect/constants';
import type { JobFailure } from '../types';
import { pluralize } from '../../domain/plural';

// The errors of the failback cycle's jobs (failover from Azure, commit, reprotect to Azure),
// worded as the job's error details show them: the documented ones (8038) with the causes
// and actions the troubleshooting article gives, the others after the prerequisites they break.

/** A rule that held when the job was submitted no longer does. */
export function prerequisitesNoLongerMet(operation: string, messages: string[]): JobFailure {
  return {
    errorCode: `${operation.replace(/\s+/g, '')}PrerequisitesFailed`,
    errorMessage: messages.join(' '),
    possibleCauses: `Something the ${operation.toLowerCase()} depends on changed after the job was submitted: the replicated item, the servers, vCenter or the configuration server.`,
    recommendedAction: 'Resolve the issues listed in the error message, then restart the job.',
  };
}

export function esxiHostOutOfMemory(vmName: string, hostName: string, neededGb: number, freeGb: number): JobFailure {
  return {
    errorCode: '8038',
    errorMessage: 'Failed to bring up the on-premises virtual machine.',
    possibleCauses: `The ESXi host ${hostName} does not have enough memory to power on ${vmName}: the VM needs ${neededGb} GB and the host has ${freeGb} GB free.`,
    recommendedAction: `Provision more memory on ${hostName}, or vMotion the VM to another ESXi host that has enough memory, then restart the failover job.`,
  };
}

export function vcenterNotConnected(vcenterName: string): JobFailure {
  return {
    errorCode: 'VCenterNotConnected',
    errorMessage: `The disks could not be detached from the master target and attached to the virtual machine: vCenter ${vcenterName} is not connected.`,
    possibleCauses: `The configuration server cannot reach vCenter ${vcenterName}, through which failback detaches and re-attaches the disks.`,
    recommendedAction: 'Connect the vCenter server to the configuration server (check its credentials and network), then restart the failover job.',
  };
}

export function masterTargetHasSnapshots(masterTargetName: string, count: number): JobFailure {
  return {
    errorCode: 'MasterTargetHasSnapshots',
    errorMessage: `The disks could not be prepared on the master target ${masterTargetName}: it has ${count === 1 ? 'a snapshot' : pluralize(count, 'snapshot')}.`,
    possibleCauses: 'Failback fails when the master target server has snapshots.',
    recommendedAction: `Delete the snapshots of ${masterTargetName} in vCenter, then restart the failover job.`,
  };
}

export function masterTargetStorageVMotioned(masterTargetName: string, vmName: string): JobFailure {
  return {
    errorCode: 'MasterTargetStorageVMotioned',
    errorMessage: `The disks of ${vmName} could not be made available to the virtual machine.`,
    possibleCauses: `The master target ${masterTargetName} was storage vMotioned. A master target cannot be storage vMotioned: the VM does not come up because its disks are not made available to it.`,
    recommendedAction: `Reprotect ${vmName} with a master target that was never storage vMotioned, then fail over again.`,
  };
}

export function agentNotRegistered(vmName: string): JobFailure {
  return {
    errorCode: 'MobilityAgentNotRegistered',
    errorMessage: `The Mobility service agent on ${vmName} is not installed or is not registered with the configuration server.`,
    possibleCauses: `After the VM boots on-premises, its agent takes up to ${AGENT_REGISTRATION_MINUTES} minutes to register with the configuration server. The reprotect started before it had.`,
    recommendedAction: `Wait up to ${AGENT_REGISTRATION_MINUTES} minutes after the VM booted, then restart the reprotect job.`,
  };
}

export function jobInputInvalid(operation: string, detail: string): JobFailure {
  return {
    errorCode: 'InvalidJobInput',
    errorMessage: `The ${operation.toLowerCase()} job does not carry valid settings.`,
    possibleCauses: detail,
    recommendedAction: `Start a new ${operation.toLowerCase()} from the replicated item.`,
  };
}
