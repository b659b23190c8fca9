// The operations the activity log records, each with the name the log shows.
// Every write the portal accepts is one of these; the keys are stored with each entry.

export const OPERATIONS = {
  'replicatedItem.reprotect': 'Reprotect replicated item',
  'replicatedItem.failover': 'Fail over replicated item',
  'replicatedItem.commit': 'Commit failover of replicated item',
  'recoveryPlan.reprotect': 'Reprotect recovery plan',
  'recoveryPlan.failover': 'Fail over recovery plan',
  'recoveryPlan.commit': 'Commit failover of recovery plan',
  'job.cancel': 'Cancel job',
  'job.restart': 'Restart job',
  'job.resume': 'Resume job',
  'job.finish': 'Job finished',
  'policy.create': 'Create replication policy',
  'policy.update': 'Update replication policy',
  'policy.delete': 'Delete replication policy',
  'infrastructure.registerMasterTarget': 'Register master target server',
  'infrastructure.registerProcessServer': 'Register process server',
  'lab.changeMasterTarget': 'Change master target (site lab)',
  'lab.addVolume': 'Add volume (site lab)',
  'lab.reformatVolume': 'Reformat volume (site lab)',
  'lab.mountDatastore': 'Mount datastore (site lab)',
  'lab.setConnectivity': 'Change site connectivity (site lab)',
  'lab.changeReplicatedItem': 'Change VM (site lab)',
  'lab.changeSite': 'Change vCenter, configuration server or ESXi host (site lab)',
  'lab.changeFailbackVm': 'Change VM failing back (site lab)',
  'access.assignRole': 'Add role assignment',
  'access.removeRole': 'Remove role assignment',
  'user.add': 'Add user',
  'user.remove': 'Remove user',
  'user.resetPassword': 'Reset password',
  'user.signIn': 'Sign in',
  'user.signOut': 'Sign out',
  'token.create': 'Create access token',
  'token.revoke': 'Revoke access token',
} as const;

export type Operation = keyof typeof OPERATIONS;

export const OPERATION_NAMES = Object.keys(OPERATIONS) as Operation[];

export function isOperation(value: unknown): value is Operation {
  return typeof value === 'string' && Object.hasOwn(OPERATIONS, value);
}

export function operationLabel(operation: string): string {
  return isOperation(operation) ? OPERATIONS[operation] : operation;
}

export const ACTIVITY_RESULTS = ['Started', 'Succeeded', 'Failed'] as const;
export type ActivityResult = (typeof ACTIVITY_RESULTS)[number];
