import type { Db } from '../lib/data/db';
import { submitRecoveryPlanReprotect } from '../lib/data/recovery-plan-reprotect';
import { submitReprotect } from '../lib/data/reprotect';

// Jobs started the way the portal's own actions start them, for tests about what the
// Jobs view shows: the same submission, with every rule checked, as another operator's
// Re-Protect would make while the test watches the grid.

export interface DemoChoices {
  masterTarget: string;
  processServer: string;
  datastore: string;
}

const DEFAULT_CHOICES: DemoChoices = { masterTarget: 'cs-contoso-01', processServer: 'ps-azure-weu-01', datastore: 'ds-vmfs-01' };

async function vaultId(db: Db, vaultName: string): Promise<string> {
  return (await db.vault.findUniqueOrThrow({ where: { name: vaultName }, select: { id: true } })).id;
}

/** One machine's reprotect values, found by the names the blade shows. */
async function machineRow(db: Db, vault: string, itemName: string, choices: DemoChoices) {
  const [item, masterTarget, processServer, datastore] = await Promise.all([
    db.replicatedItem.findUniqueOrThrow({ where: { vaultId_friendlyName: { vaultId: vault, friendlyName: itemName } } }),
    db.masterTargetServer.findUniqueOrThrow({ where: { vaultId_name: { vaultId: vault, name: choices.masterTarget } }, include: { volumes: true } }),
    db.processServer.findUniqueOrThrow({ where: { vaultId_friendlyName: { vaultId: vault, friendlyName: choices.processServer } } }),
    db.datastore.findFirstOrThrow({ where: { symbolicName: choices.datastore, vcenter: { vaultId: vault } } }),
  ]);
  const retention = masterTarget.volumes.find((volume) => volume.volumeName === (masterTarget.osType === 'Linux' ? '/mnt/retention' : 'R:'));
  return {
    itemId: item.id,
    masterTargetId: masterTarget.id,
    processServerId: processServer.id,
    datastoreId: datastore.id,
    retentionVolumeId: retention?.id ?? '',
  };
}

/** Re-Protect of one demo VM, as OK in its blade submits it; returns the job's id. */
export async function submitDemoReprotect(db: Db, vaultName: string, itemName: string, choices: DemoChoices = DEFAULT_CHOICES): Promise<string> {
  const vault = await vaultId(db, vaultName);
  const row = await machineRow(db, vault, itemName, choices);
  const result = await submitReprotect(vault, { ...row, direction: 'AzureToOnPremises' }, db);
  if (!result.ok) throw new Error(`Reprotect of ${itemName} was refused: ${result.error.message}`);
  return result.data.jobId;
}

/**
 * Re-Protect of a demo recovery plan, as OK in the plan's blade submits it: every
 * machine with the default choices unless `per` names others. Returns the plan job's id.
 */
export async function submitDemoPlanReprotect(
  db: Db,
  vaultName: string,
  planName: string,
  per: Record<string, Partial<DemoChoices>> = {},
): Promise<string> {
  const vault = await vaultId(db, vaultName);
  const plan = await db.recoveryPlan.findUniqueOrThrow({
    where: { vaultId_friendlyName: { vaultId: vault, friendlyName: planName } },
    select: { id: true, groups: { select: { items: { select: { item: { select: { friendlyName: true } } } } } } },
  });
  const names = [...new Set(plan.groups.flatMap((group) => group.items.map((entry) => entry.item.friendlyName)))];
  const rows = await Promise.all(names.map((name) => machineRow(db, vault, name, { ...DEFAULT_CHOICES, ...per[name] })));
  const result = await submitRecoveryPlanReprotect(vault, { planId: plan.id, direction: 'AzureToOnPremises', rows }, db);
  if (!result.ok) throw new Error(`Reprotect of ${planName} was refused: ${result.error.message}`);
  return result.data.jobId;
}

/** What happens in Azure outside the portal: the failed-over VM is started or shut down. */
export async function setAzureVmRunning(db: Db, vaultName: string, itemName: string, running: boolean): Promise<void> {
  const vault = await vaultId(db, vaultName);
  await db.replicatedItem.update({ where: { vaultId_friendlyName: { vaultId: vault, friendlyName: itemName } }, data: { azureVmRunning: running } });
}
