import type { JobFailure } from '../types';

// The service's documented reprotect errors (azure-docs, "Troubleshoot failback to
// on-premises from Azure"), worded as the job's error details show them.

export function configurationServerUnreachable(azureVmName: string): JobFailure {
  return {
    errorCode: '95226',
    errorMessage: 'Reprotect failed as the Azure VM was not able to reach the on-premises configuration server.',
    possibleCauses:
      `The Azure VM ${azureVmName} could not reach the on-premises configuration server, so it could not be ` +
      'discovered and registered with it. Or the InMage Scout application service is not running on the Azure VM; ' +
      'the service is needed to communicate with the on-premises configuration server.',
    recommendedAction:
      'Make sure the network of the Azure VM can reach the on-premises configuration server: set up a site-to-site VPN ' +
      'back to the on-premises datacenter, or ExpressRoute with private peering on the virtual network of the Azure VM. ' +
      'If the VM can reach the configuration server, sign in to it and check the InMage Scout application service: ' +
      'start it if it is not running and set its startup type to Automatic. Then restart the reprotect job.',
  };
}

export function azureVmNotRunning(azureVmName: string): JobFailure {
  return {
    errorCode: '78093',
    errorMessage: 'The VM is not running, in a hung state, or not accessible.',
    possibleCauses:
      `To reprotect a failed-over VM, the Azure VM (${azureVmName}) must be running so that the Mobility service ` +
      'registers with the on-premises configuration server and can start replicating by communicating with the ' +
      'process server. The VM is shut down, in a hung state, or on a network from which the configuration server ' +
      'cannot reach the Mobility service.',
    recommendedAction: 'Restart the Azure VM so that it can communicate back to on-premises, then restart the reprotect job.',
  };
}

export function prerequisitesFailed(messages: string[]): JobFailure {
  return {
    errorCode: 'ReprotectPrerequisitesFailed',
    errorMessage: messages.join(' '),
    possibleCauses:
      'Something the reprotect depends on changed after the job was submitted: the replicated item, the master target ' +
      'server, the process server, the datastore, the retention drive or the site connectivity.',
    recommendedAction: 'Resolve the issues listed in the error message, then restart the job, or start a new reprotect with other choices.',
  };
}

export function invalidJobInput(detail: string): JobFailure {
  return {
    errorCode: 'InvalidJobInput',
    errorMessage: 'The reprotect job does not carry valid reprotect settings.',
    possibleCauses: detail,
    recommendedAction: 'Start a new reprotect from the Re-Protect blade of the replicated item.',
  };
}

export function itemMissing(): JobFailure {
  return {
    errorCode: 'ReplicatedItemNotFound',
    errorMessage: 'The replicated item of this job no longer exists.',
    possibleCauses: 'Protection was disabled for the item, or it was removed from the vault, while the job was queued or running.',
    recommendedAction: 'No action is possible on this job.',
  };
}
