import 'server-only';
import { processServerReachesConfigurationServer } from '../domain/infrastructure/connectivity';
import { masterTargetChangePatch, masterTargetChangeProblem } from '../domain/infrastructure/lab-rules';
import { normalizeVolumeName } from '../domain/infrastructure/volume-rules';
import { invalidInput, type ActionResult } from '../schemas/action-result';
import { registerMasterTargetSchema, registerProcessServerSchema } from '../schemas/lab';
import { masterTargetChangeSchema } from '../schemas/lab-site';
import { getDb, type Db } from './db';
import type { Prisma } from './generated/prisma/client';
import { nameClash, refusable, refuseWith } from './refusals';
import { gibFromGb } from './lab-volumes';
import { AGENT_VERSION } from './seed/values';
import { recordActivity } from './activity-log';

// The site lab: what happens on the servers and in vCenter, outside the vault.
// Each change is checked whole and written in one transaction, or not at all.

const DEFAULT_PS_SPACE = gibFromGb(1024);

async function firstConfigurationServerId(tx: Prisma.TransactionClient, vaultId: string): Promise<string> {
  const cs = await tx.configurationServer.findFirst({ where: { vaultId }, orderBy: { friendlyName: 'asc' }, select: { id: true } });
  return cs?.id ?? refuseWith('refused', 'The vault has no configuration server for the server to register with.');
}

async function refuseTakenServerName(tx: Prisma.TransactionClient, vaultId: string, name: string, kinds: ('mt' | 'ps')[]) {
  const mtWhere = { vaultId, name: { equals: name, mode: 'insensitive' as const } };
  if (kinds.includes('mt') && (await tx.masterTargetServer.findFirst({ where: mtWhere, select: { id: true } }))) {
    refuseWith('conflict', `A master target named ${name} is already registered in this vault.`, 'name');
  }
  const psWhere = { vaultId, friendlyName: { equals: name, mode: 'insensitive' as const } };
  if (kinds.includes('ps') && (await tx.processServer.findFirst({ where: psWhere, select: { id: true } }))) {
    refuseWith('conflict', `A process server named ${name} is already registered in this vault.`, 'name');
  }
}

/** Installs a master target (or a combined PS+MT) on an ESXi host of the vault's vCenter inventory. */
export async function registerMasterTarget(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = registerMasterTargetSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const input = parsed.data;
  return refusable(
    () =>
      db.$transaction(async (tx) => {
        const host = await tx.esxiHost.findFirst({ where: { id: input.esxiHostId, vcenter: { vaultId } }, select: { id: true } });
        if (!host) refuseWith('refused', "That ESXi host does not exist in this vault's vCenter inventory.", 'esxiHostId');
        await refuseTakenServerName(tx, vaultId, input.name, input.isCombinedPsMt ? ['mt', 'ps'] : ['mt']);
        const configurationServerId = await firstConfigurationServerId(tx, vaultId);
        const now = new Date();
        const mt = await tx.masterTargetServer.create({
          data: {
            vaultId,
            configurationServerId,
            name: input.name,
            ipAddress: input.ipAddress,
            location: 'OnPremises',
            osType: input.osType,
            osDistribution: input.osDistribution,
            osVersion: input.osVersion,
            kernelVersion: input.kernelVersion,
            isCombinedPsMt: input.isCombinedPsMt,
            esxiHostId: input.esxiHostId,
            attachedDiskCount: input.volumes.length,
            agentVersion: AGENT_VERSION,
            lastHeartbeat: now,
            // Setup installs on the first volume: it becomes the cache volume.
            volumes: {
              create: input.volumes.map((volume, index) => ({
                volumeName: normalizeVolumeName(input.osType, volume.volumeName),
                fileSystem: volume.fileSystem,
                capacityInBytes: gibFromGb(volume.capacityGb),
                freeSpaceInBytes: gibFromGb(volume.freeSpaceGb),
                isCacheVolume: index === 0,
              })),
            },
          },
          select: { id: true },
        });
        if (input.isCombinedPsMt) {
          await tx.processServer.create({
            data: {
              vaultId,
              configurationServerId,
              friendlyName: input.name,
              ipAddress: input.ipAddress,
              location: 'OnPremises',
              osType: input.osType,
              agentVersion: AGENT_VERSION,
              lastHeartbeat: now,
              reachableFromNetworks: [],
              totalSpaceInBytes: DEFAULT_PS_SPACE,
              availableSpaceInBytes: DEFAULT_PS_SPACE,
            },
          });
        }
        await recordActivity(tx, { result: 'Succeeded', target: { type: 'masterTarget', id: mt.id, name: input.name } });
        return { id: mt.id };
      }),
    nameClash('name'),
  );
}

export async function registerProcessServer(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = registerProcessServerSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const input = parsed.data;
  return refusable(
    () =>
      db.$transaction(async (tx) => {
        await refuseTakenServerName(tx, vaultId, input.name, ['ps']);
        const configurationServerId = await firstConfigurationServerId(tx, vaultId);
        const connectivity = await tx.vault.findUniqueOrThrow({
          where: { id: vaultId },
          select: { s2sVpn: true, expressRoute: true, expressRoutePeering: true },
        });
        const ps = await tx.processServer.create({
          data: {
            vaultId,
            configurationServerId,
            friendlyName: input.name,
            ipAddress: input.ipAddress,
            location: input.location,
            agentVersion: AGENT_VERSION,
            lastHeartbeat: new Date(),
            canReachConfigurationServer: processServerReachesConfigurationServer(input.location, connectivity),
            reachableFromNetworks: input.networks,
            totalSpaceInBytes: DEFAULT_PS_SPACE,
            availableSpaceInBytes: DEFAULT_PS_SPACE,
          },
          select: { id: true },
        });
        await recordActivity(tx, { result: 'Succeeded', target: { type: 'processServer', id: ps.id, name: input.name } });
        return { id: ps.id };
      }),
    nameClash('name'),
  );
}

/** Something done to the master target VM in vCenter or on the server (tools, UUID, snapshots, agent, ...). */
export async function changeMasterTarget(vaultId: string, raw: unknown, db: Db = getDb()): Promise<ActionResult<{ id: string }>> {
  const parsed = masterTargetChangeSchema.safeParse(raw);
  if (!parsed.success) return invalidInput(parsed.error);
  const change = parsed.data;
  return refusable(() =>
    db.$transaction(async (tx) => {
      const mt = await tx.masterTargetServer.findFirst({ where: { id: change.masterTargetId, vaultId } });
      if (!mt) return refuseWith('not-found', 'The master target does not exist in this vault.');
      const problem = masterTargetChangeProblem(mt, change);
      if (problem) refuseWith('refused', problem, change.change === 'changeScsiController' ? 'scsiControllerType' : undefined);
      await tx.masterTargetServer.update({ where: { id: mt.id }, data: masterTargetChangePatch(change, new Date()) });
      await recordActivity(tx, { result: 'Succeeded', target: { type: 'masterTarget', id: mt.id, name: mt.name } });
      return { id: mt.id };
    }),
  );
}
