'use server';

import { revalidatePath } from 'next/cache';
import { changeMasterTarget, registerMasterTarget, registerProcessServer } from '../data/lab';
import { changeFailbackVm, changeSite } from '../data/lab-failback';
import { changeReplicatedItem, mountDatastore, setSiteConnectivity } from '../data/lab-site';
import { addVolume, reformatVolume } from '../data/lab-volumes';
import { getVaultByName } from '../data/vaults';
import { failure, type ActionResult } from '../schemas/action-result';
import type { RegisterMasterTargetInput, RegisterProcessServerInput } from '../schemas/lab';
import type { ConnectivityInput, DatastoreMountInput, MasterTargetChangeInput, ReplicatedItemChangeInput } from '../schemas/lab-site';
import type { AddVolumeInput, ReformatVolumeInput } from '../schemas/lab-volumes';
import type { FailbackVmChangeInput, SiteChangeInput } from '../schemas/lab-failback';

// Every lab change runs through the data layer, which validates with the form's
// schema again; afterwards the vault's pages and the lab show the new state.

type LabChange<Input, Output> = (vaultId: string, input: Input) => Promise<ActionResult<Output>>;

async function inVault<Input, Output>(vaultName: string, input: Input, change: LabChange<Input, Output>): Promise<ActionResult<Output>> {
  const vault = await getVaultByName(vaultName);
  if (!vault) return failure('not-found', `Vault '${vaultName}' was not found.`);
  const result = await change(vault.id, input);
  if (result.ok) {
    revalidatePath('/vaults', 'layout');
    revalidatePath('/lab', 'layout');
  }
  return result;
}

export async function registerMasterTargetAction(vaultName: string, input: RegisterMasterTargetInput) {
  return inVault(vaultName, input, (vaultId, raw) => registerMasterTarget(vaultId, raw));
}

export async function registerProcessServerAction(vaultName: string, input: RegisterProcessServerInput) {
  return inVault(vaultName, input, (vaultId, raw) => registerProcessServer(vaultId, raw));
}

export async function changeMasterTargetAction(vaultName: string, input: MasterTargetChangeInput) {
  return inVault(vaultName, input, (vaultId, raw) => changeMasterTarget(vaultId, raw));
}

export async function addVolumeAction(vaultName: string, input: AddVolumeInput) {
  return inVault(vaultName, input, (vaultId, raw) => addVolume(vaultId, raw));
}

export async function reformatVolumeAction(vaultName: string, input: ReformatVolumeInput) {
  return inVault(vaultName, input, (vaultId, raw) => reformatVolume(vaultId, raw));
}

export async function mountDatastoreAction(vaultName: string, input: DatastoreMountInput) {
  return inVault(vaultName, input, (vaultId, raw) => mountDatastore(vaultId, raw));
}

export async function setSiteConnectivityAction(vaultName: string, input: ConnectivityInput) {
  return inVault(vaultName, input, (vaultId, raw) => setSiteConnectivity(vaultId, raw));
}

export async function changeReplicatedItemAction(vaultName: string, input: ReplicatedItemChangeInput) {
  return inVault(vaultName, input, (vaultId, raw) => changeReplicatedItem(vaultId, raw));
}

export async function changeSiteAction(vaultName: string, input: SiteChangeInput) {
  return inVault(vaultName, input, (vaultId, raw) => changeSite(vaultId, raw));
}

export async function changeFailbackVmAction(vaultName: string, input: FailbackVmChangeInput) {
  return inVault(vaultName, input, (vaultId, raw) => changeFailbackVm(vaultId, raw));
}
