'use server';

import { vaultAction } from '../access/vault-action';
import { changeMasterTarget, registerMasterTarget, registerProcessServer } from '../data/lab';
import { changeFailbackVm, changeSite } from '../data/lab-failback';
import { changeReplicatedItem, mountDatastore, setSiteConnectivity } from '../data/lab-site';
import { addVolume, reformatVolume } from '../data/lab-volumes';
import type { RegisterMasterTargetInput, RegisterProcessServerInput } from '../schemas/lab';
import type { ConnectivityInput, DatastoreMountInput, MasterTargetChangeInput, ReplicatedItemChangeInput } from '../schemas/lab-site';
import type { AddVolumeInput, ReformatVolumeInput } from '../schemas/lab-volumes';
import type { FailbackVmChangeInput, SiteChangeInput } from '../schemas/lab-failback';

// Every lab change runs through the data layer, which validates with the form's
// schema again and records the change; afterwards the vault's pages and the lab show the new state.

export const registerMasterTargetAction = vaultAction(
  { permission: 'infrastructure.write', operation: 'infrastructure.registerMasterTarget' },
  ({ vault }, input: RegisterMasterTargetInput) => registerMasterTarget(vault.id, input),
);

export const registerProcessServerAction = vaultAction(
  { permission: 'infrastructure.write', operation: 'infrastructure.registerProcessServer' },
  ({ vault }, input: RegisterProcessServerInput) => registerProcessServer(vault.id, input),
);

export const changeMasterTargetAction = vaultAction(
  { permission: 'lab.write', operation: 'lab.changeMasterTarget' },
  ({ vault }, input: MasterTargetChangeInput) => changeMasterTarget(vault.id, input),
);

export const addVolumeAction = vaultAction(
  { permission: 'lab.write', operation: 'lab.addVolume' },
  ({ vault }, input: AddVolumeInput) => addVolume(vault.id, input),
);

export const reformatVolumeAction = vaultAction(
  { permission: 'lab.write', operation: 'lab.reformatVolume' },
  ({ vault }, input: ReformatVolumeInput) => reformatVolume(vault.id, input),
);

export const mountDatastoreAction = vaultAction(
  { permission: 'lab.write', operation: 'lab.mountDatastore' },
  ({ vault }, input: DatastoreMountInput) => mountDatastore(vault.id, input),
);

export const setSiteConnectivityAction = vaultAction(
  { permission: 'lab.write', operation: 'lab.setConnectivity' },
  ({ vault }, input: ConnectivityInput) => setSiteConnectivity(vault.id, input),
);

export const changeReplicatedItemAction = vaultAction(
  { permission: 'lab.write', operation: 'lab.changeReplicatedItem' },
  ({ vault }, input: ReplicatedItemChangeInput) => changeReplicatedItem(vault.id, input),
);

export const changeSiteAction = vaultAction(
  { permission: 'lab.write', operation: 'lab.changeSite' },
  ({ vault }, input: SiteChangeInput) => changeSite(vault.id, input),
);

export const changeFailbackVmAction = vaultAction(
  { permission: 'lab.write', operation: 'lab.changeFailbackVm', target: { type: 'replicatedItem', field: 'itemId' } },
  ({ vault }, input: FailbackVmChangeInput) => changeFailbackVm(vault.id, input),
);
