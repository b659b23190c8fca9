import 'server-only';
import { itemChangePatch, itemChangeProblem } from '../domain/infrastructure/lab-rules';
import { invalidInput, type ActionResult } from '../schemas/action-result';
import { connectivitySchema, datastoreMountSchema, replicatedItemChangeSchema } from '../schemas/lab-site';
import { getDb, type Db } from './db';
import { recordActivity } from './activity-log';
import { refusable, refuseWith } from './refusals';

/** The site's network to Azure: S2S VPN, ExpressRoute and its peering. */
export async function setSiteConnectivity(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = connectivitySchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  return refusable(() =>
    db.$transaction(async (tx) => {
      const vault = await tx.vault.findUnique({ where: { id: vaultId }, select: { name: true } });
      if (!vault) return refuseWith('not-found', 'The vault does not exist.');
      await tx.vault.update({ where: { id: vaultId }, data: parsed.data });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'vault', id: vaultId, name: vault.name } });
      return { id: vaultId };
    }),
  );
}

/** Mounts a datastore on an ESXi host of the same vCenter, or changes the access of its mount. */
export async function mountDatastore(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ hostId: string; datastoreId: string }>> {
  const parsed = datastoreMountSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { hostId, datastoreId, access } = parsed.data;
  return refusable(() =>
    db.$transaction(async (tx) => {
      const host = await tx.esxiHost.findFirst({ where: { id: hostId, vcenter: { vaultId } }, select: { name: true, vcenterId: true } });
      if (!host) return refuseWith('refused', "That ESXi host does not exist in this vault's vCenter inventory.", 'hostId');
      const datastore = await tx.datastore.findFirst({
        where: { id: datastoreId, vcenter: { vaultId } },
        select: { symbolicName: true, vcenterId: true },
      });
      if (!datastore) return refuseWith('refused', "That datastore does not exist in this vault's vCenter inventory.", 'datastoreId');
      if (datastore.vcenterId !== host.vcenterId) {
        refuseWith('refused', `${datastore.symbolicName} belongs to another vCenter than ${host.name}; a host mounts datastores of its own vCenter only.`, 'datastoreId');
      }
      const current = await tx.datastoreMount.findUnique({ where: { hostId_datastoreId: { hostId, datastoreId } } });
      if (current?.access === access) {
        const how = access === 'ReadWrite' ? 'read-write' : 'read-only';
        refuseWith('refused', `${datastore.symbolicName} is already mounted ${how} on ${host.name}.`, 'access');
      }
      await tx.datastoreMount.upsert({
        where: { hostId_datastoreId: { hostId, datastoreId } },
        create: { hostId, datastoreId, access },
        update: { access },
      });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'datastore', id: datastoreId, name: `${datastore.symbolicName} on ${host.name}` } });
      return { hostId, datastoreId };
    }),
  );
}

/** A failed-over VM in Azure: its VM started or stopped, its Mobility agent registered with the CS or not. */
export async function changeReplicatedItem(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = replicatedItemChangeSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { itemId, change } = parsed.data;
  return refusable(() =>
    db.$transaction(async (tx) => {
      const item = await tx.replicatedItem.findFirst({
        where: { id: itemId, vaultId },
        select: { id: true, friendlyName: true, azureVmRunning: true, agentRegistered: true },
      });
      if (!item) return refuseWith('not-found', 'The replicated item does not exist in this vault.');
      const problem = itemChangeProblem({ name: item.friendlyName, ...item }, change);
      if (problem) refuseWith('refused', problem);
      await tx.replicatedItem.update({ where: { id: item.id }, data: itemChangePatch(change) });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'replicatedItem', id: item.id, name: item.friendlyName } });
      return { id: item.id };
    }),
  );
}
