import { masterTargetVerdict, processServerVerdict } from '../domain/infrastructure/verdicts';
import { isHeartbeatStale } from '../domain/protection-status';
import { datastoresVisibleTo } from '../domain/reprotect/datastore-rules';
import type { Reason } from '../domain/reprotect/reasons';
import type { FabricSource, VCenterSource } from '../schemas/fabric-sources';
import type { ArmFabric, ArmMasterTargetServer, ArmProcessServer, ArmProtectionContainer, ArmVCenter } from '../schemas/arm-resources';
import { containerName, RESOURCE_TYPES, type ArmIds } from './resource-ids';

// The VMware fabric as the service reports it: one per configuration server, with its
// process servers, master target servers (their retention volumes and the datastores of
// their ESXi host) and vCenters; and its one protection container. The health the
// service reports is the verdict of the rules the Re-Protect blade applies.

function healthError(reason: Reason) {
  return { errorCode: reason.code, errorMessage: reason.message, errorLevel: reason.severity === 'error' ? 'Error' : 'Warning' };
}

const versionStatus = (lastHeartbeat: Date, now: Date) => (isHeartbeatStale(lastHeartbeat, now) ? 'NotResponding' : 'Supported');

export function toArmMasterTarget(mt: FabricSource['masterTargets'][number], source: Pick<FabricSource, 'datastores' | 'datastoreUuids' | 'now'>): ArmMasterTargetServer {
  const verdict = masterTargetVerdict(mt, source.now);
  const failed = verdict.checks.flatMap((check) => (check.reason ? [healthError(check.reason)] : []));
  return {
    id: mt.id,
    name: mt.name,
    ipAddress: mt.ipAddress,
    osType: mt.osType,
    osVersion: mt.osVersion,
    agentVersion: mt.agentVersion,
    lastHeartbeat: mt.lastHeartbeat.toISOString(),
    versionStatus: versionStatus(mt.lastHeartbeat, source.now),
    diskCount: mt.attachedDiskCount + mt.reprotectedDiskCount,
    retentionVolumes: mt.volumes.map((volume) => ({
      volumeName: volume.volumeName,
      capacityInBytes: volume.capacityInBytes,
      freeSpaceInBytes: volume.freeSpaceInBytes,
      thresholdPercentage: 80,
    })),
    // Sizes in GB, as strings: the service's DataStore model.
    dataStores: datastoresVisibleTo(mt, source.datastores).map((ds) => ({
      symbolicName: ds.symbolicName,
      uuid: source.datastoreUuids.get(ds.id) ?? ds.id,
      capacity: String(ds.capacityGb),
      freeSpace: String(ds.freeSpaceGb),
      type: ds.type,
      access: ds.mounts.find((mount) => mount.hostId === mt.esxiHost.id)?.access ?? 'ReadOnly',
    })),
    validationErrors: failed,
    healthErrors: failed,
  };
}

export function toArmProcessServer(ps: FabricSource['processServers'][number], source: Pick<FabricSource, 'connectivity' | 'now'>): ArmProcessServer {
  const verdict = processServerVerdict(ps, source.connectivity, source.now);
  const used = ps.totalSpaceInBytes > 0 ? 1 - ps.availableSpaceInBytes / ps.totalSpaceInBytes : 0;
  return {
    id: ps.id,
    friendlyName: ps.friendlyName,
    ipAddress: ps.ipAddress,
    osType: ps.osType,
    agentVersion: ps.agentVersion,
    lastHeartbeat: ps.lastHeartbeat.toISOString(),
    versionStatus: versionStatus(ps.lastHeartbeat, source.now),
    machineCount: String(ps.machineCount),
    totalSpaceInBytes: ps.totalSpaceInBytes,
    availableSpaceInBytes: ps.availableSpaceInBytes,
    spaceUsageStatus: used > 0.8 ? 'Warning' : 'Healthy',
    psServiceStatus: ps.agentResponding ? 'Running' : 'Stopped',
    health: ps.health === 'Healthy' ? 'Normal' : ps.health,
    healthErrors: verdict.reasons.map(healthError),
  };
}

export function toArmFabric(source: FabricSource, ids: ArmIds): ArmFabric {
  const cs = source.configurationServer;
  const stale = isHeartbeatStale(cs.lastHeartbeat, source.now);
  const csErrors = [
    ...(cs.connected ? [] : [{ errorCode: 'CONFIGURATION_SERVER_NOT_CONNECTED', errorMessage: `${cs.friendlyName} is not connected to the vault.`, errorLevel: 'Error' }]),
    ...(stale ? [{ errorCode: 'CONFIGURATION_SERVER_HEARTBEAT_STALE', errorMessage: `${cs.friendlyName} has not sent a heartbeat recently.`, errorLevel: 'Warning' }] : []),
  ];
  return {
    id: ids.fabric(cs.id),
    name: cs.id,
    type: RESOURCE_TYPES.fabric,
    location: source.location,
    properties: {
      friendlyName: cs.friendlyName,
      internalIdentifier: cs.id,
      bcdrState: 'Valid',
      health: csErrors.length === 0 ? 'Normal' : cs.connected ? 'Warning' : 'Critical',
      healthErrorDetails: csErrors,
      customDetails: {
        instanceType: 'VMware',
        hostName: cs.friendlyName,
        ipAddress: cs.ipAddress,
        agentVersion: cs.agentVersion,
        lastHeartbeat: cs.lastHeartbeat.toISOString(),
        csServiceStatus: cs.connected ? 'Running' : 'Stopped',
        processServerCount: String(source.processServers.length),
        processServers: source.processServers.map((ps) => toArmProcessServer(ps, source)),
        masterTargetServers: source.masterTargets.map((mt) => toArmMasterTarget(mt, source)),
        // The portal keeps no run-as accounts: vCenter discovery is simulated by the site lab.
        runAsAccounts: [],
      },
    },
  };
}

export function toArmContainer(fabric: { id: string; friendlyName: string }, protectedItemCount: number, location: string, ids: ArmIds): ArmProtectionContainer {
  return {
    id: ids.container(fabric.id),
    name: containerName(fabric.id),
    type: RESOURCE_TYPES.container,
    location,
    properties: {
      friendlyName: fabric.friendlyName,
      fabricFriendlyName: fabric.friendlyName,
      fabricType: 'VMware',
      protectedItemCount,
      pairingStatus: 'Paired',
      role: 'Primary',
    },
  };
}

export function toArmVCenter(vcenter: VCenterSource, location: string, ids: ArmIds): ArmVCenter {
  return {
    id: ids.vcenter(vcenter.fabricName, vcenter.id),
    name: vcenter.id,
    type: RESOURCE_TYPES.vcenter,
    location,
    properties: {
      friendlyName: vcenter.friendlyName,
      internalId: vcenter.id,
      ipAddress: vcenter.ipAddress,
      port: '443',
      discoveryStatus: 'Completed',
      fabricArmResourceName: vcenter.fabricName,
      infrastructureId: vcenter.id,
      lastHeartbeat: vcenter.lastHeartbeat.toISOString(),
    },
  };
}
