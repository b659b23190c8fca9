import 'server-only';
import { connectionChangeProblem, failbackVmChangePatch, failbackVmChangeProblem, hostMemoryProblem } from '../domain/infrastructure/failback-lab-rules';
import { invalidInput, type ActionResult } from '../schemas/action-result';
import { failbackVmChangeSchema, siteChangeSchema } from '../schemas/lab-failback';
import { recordActivity } from './activity-log';
import type { LabFailbackSite } from '../schemas/infrastructure';
import { getDb, type Db } from './db';
import { refusable, refuseWith } from './refusals';
import type { DbOrTx } from './reprotect-facts';

// The site lab's side of the failback cycle: what happens in vCenter, to the configuration
// server, on the ESXi hosts and to the VMs that replicate back or ran back on-premises.

/** Connects or disconnects vCenter or the configuration server, or sets a host's free memory. */
export async function changeSite(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = siteChangeSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const input = parsed.data;
  return refusable(() =>
    db.$transaction(async (tx) => {
      if (input.change === 'setHostFreeMemory') {
        const host = await tx.esxiHost.findFirst({ where: { id: input.hostId, vcenter: { vaultId } }, select: { id: true, name: true, memoryGb: true, freeMemoryGb: true } });
        if (!host) return refuseWith('not-found', "That ESXi host does not exist in this vault's vCenter inventory.", 'hostId');
        const problem = hostMemoryProblem(host, input.freeMemoryGb);
        if (problem) refuseWith('refused', problem, 'freeMemoryGb');
        await tx.esxiHost.update({ where: { id: host.id }, data: { freeMemoryGb: input.freeMemoryGb } });
        await recordActivity(tx, { result: 'Succeeded', target: { type: 'esxiHost', id: host.id, name: host.name } });
        return { id: host.id };
      }
      const connect = input.change === 'connectVcenter' || input.change === 'connectConfigurationServer';
      const connectionState = connect ? ('Connected' as const) : ('NotConnected' as const);
      if ('vcenterId' in input) {
        const vcenter = await tx.vCenterServer.findFirst({ where: { id: input.vcenterId, vaultId }, select: { id: true, friendlyName: true, connectionState: true } });
        if (!vcenter) return refuseWith('not-found', 'That vCenter server does not exist in this vault.', 'vcenterId');
        const problem = connectionChangeProblem({ name: vcenter.friendlyName, connected: vcenter.connectionState === 'Connected' }, input.change);
        if (problem) refuseWith('refused', problem);
        await tx.vCenterServer.update({ where: { id: vcenter.id }, data: { connectionState } });
        await recordActivity(tx, { result: 'Succeeded', target: { type: 'vcenter', id: vcenter.id, name: vcenter.friendlyName } });
        return { id: vcenter.id };
      }
      const cs = await tx.configurationServer.findFirst({ where: { id: input.configurationServerId, vaultId }, select: { id: true, friendlyName: true, connectionState: true } });
      if (!cs) return refuseWith('not-found', 'That configuration server does not exist in this vault.', 'configurationServerId');
      const problem = connectionChangeProblem({ name: cs.friendlyName, connected: cs.connectionState === 'Connected' }, input.change);
      if (problem) refuseWith('refused', problem);
      // A server that connects again reports in at once; one cut off goes silent.
      await tx.configurationServer.update({ where: { id: cs.id }, data: { connectionState, ...(connect ? { lastHeartbeat: new Date() } : {}) } });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'configurationServer', id: cs.id, name: cs.friendlyName } });
      return { id: cs.id };
    }),
  );
}

/** A change to a VM replicating back to on-premises, or running there after failback. */
export async function changeFailbackVm(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = failbackVmChangeSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const { itemId, change } = parsed.data;
  return refusable(() =>
    db.$transaction(async (tx) => {
      const item = await tx.replicatedItem.findFirst({
        where: { id: itemId, vaultId },
        select: { id: true, friendlyName: true, protectionState: true, activeLocation: true, replicationHealth: true, inConfigurationServerDatabase: true, agentRegistered: true, _count: { select: { recoveryPoints: true } } },
      });
      if (!item) return refuseWith('not-found', 'The replicated item does not exist in this vault.');
      const problem = failbackVmChangeProblem({ ...item, name: item.friendlyName, recoveryPointCount: item._count.recoveryPoints }, change);
      if (problem) refuseWith('refused', problem);
      const now = new Date();
      // A resynchronization starts the point history again; once it is done the first point is taken.
      if (change === 'discardRecoveryPoints') await tx.recoveryPoint.deleteMany({ where: { itemId } });
      if (change === 'takeRecoveryPoint') await tx.recoveryPoint.create({ data: { itemId, time: now, type: 'AppConsistent' } });
      await tx.replicatedItem.update({ where: { id: itemId }, data: failbackVmChangePatch(change, now) });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'replicatedItem', id: item.id, name: item.friendlyName } });
      return { id: itemId };
    }),
  );
}

/** What the lab's failback panels show: the site's connections, its hosts' memory, and the VMs of the failback cycle. */
export async function getLabFailbackSite(vaultId: string, db: DbOrTx = getDb()): Promise<LabFailbackSite> {
  const [vcenters, configurationServers, hosts, items] = await Promise.all([
    db.vCenterServer.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' }, select: { id: true, friendlyName: true, connectionState: true } }),
    db.configurationServer.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' }, select: { id: true, friendlyName: true, connectionState: true } }),
    db.esxiHost.findMany({ where: { vcenter: { vaultId } }, orderBy: { name: 'asc' }, select: { id: true, name: true, memoryGb: true, freeMemoryGb: true } }),
    db.replicatedItem.findMany({
      where: {
        vaultId,
        OR: [
          { activeLocation: 'Recovery', protectionState: { in: ['Protected', 'UnplannedFailoverInProgress', 'UnplannedFailoverFailed'] } },
          { activeLocation: 'Primary', protectionState: { not: 'Protected' } },
        ],
      },
      orderBy: { friendlyName: 'asc' },
      select: {
        id: true,
        friendlyName: true,
        protectionState: true,
        activeLocation: true,
        replicationHealth: true,
        inConfigurationServerDatabase: true,
        agentRegistered: true,
        agentRegistersAt: true,
        memoryGb: true,
        _count: { select: { recoveryPoints: true } },
      },
    }),
  ]);
  return {
    vcenters: vcenters.map((vc) => ({ id: vc.id, name: vc.friendlyName, connected: vc.connectionState === 'Connected' })),
    configurationServers: configurationServers.map((cs) => ({ id: cs.id, name: cs.friendlyName, connected: cs.connectionState === 'Connected' })),
    hosts,
    vms: items.map(({ friendlyName, _count, ...item }) => ({ ...item, name: friendlyName, recoveryPointCount: _count.recoveryPoints })),
  };
}
