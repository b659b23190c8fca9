// Builders for the reprotect rule tests. Every builder returns facts that pass every
// rule on their own; a test overrides only what the rule under test reads.

import { FAILBACK_POLICY_VALUES } from './constants';
import type {
  DatastoreFacts,
  ItemFacts,
  MasterTargetFacts,
  ProcessServerFacts,
  ReprotectFacts,
  SiteConnectivity,
  VolumeFacts,
} from './facts';
import type { Reason } from './reasons';

export const NOW = new Date('2026-11-25T12:00:00Z');

export const minutesAgo = (minutes: number): Date => new Date(NOW.getTime() - minutes * 60_000);

const GB = 1024 ** 3;

export const ESXI_HOST = { id: 'host-esx-01', name: 'esx01.contoso.local' } as const;
export const OTHER_ESXI_HOST = { id: 'host-esx-02', name: 'esx02.contoso.local' } as const;

export const S2S_VPN_ONLY: SiteConnectivity = { s2sVpn: true, expressRoute: false, expressRoutePeering: 'None' };
export const EXPRESS_ROUTE_PRIVATE: SiteConnectivity = { s2sVpn: false, expressRoute: true, expressRoutePeering: 'Private' };

export function aWindowsItem(overrides: Partial<ItemFacts> = {}): ItemFacts {
  return {
    id: 'item-sql-01',
    name: 'sql-01',
    osType: 'Windows',
    osDistribution: 'Windows Server',
    osVersion: '2016',
    kernelVersion: '10.0.14393',
    diskCount: 2,
    templateName: 'tpl-windows-app',
    sourceVmPresent: true,
    sourceDatastores: [{ id: 'ds-vmfs-01', symbolicName: 'vmfs-01' }],
    agentRegistered: true,
    protectionState: 'UnplannedFailoverCommitted',
    activeLocation: 'Recovery',
    replicationGroup: null,
    recoveryPlans: [],
    activeJob: null,
    ...overrides,
  };
}

export function aLinuxItem(overrides: Partial<ItemFacts> = {}): ItemFacts {
  return aWindowsItem({
    id: 'item-web-01',
    name: 'web-01',
    osType: 'Linux',
    osDistribution: 'Ubuntu',
    osVersion: '16.04',
    kernelVersion: '4.4.0',
    templateName: 'tpl-ubuntu-app',
    ...overrides,
  });
}

export function aVolume(overrides: Partial<VolumeFacts> = {}): VolumeFacts {
  return {
    id: 'vol-r',
    volumeName: 'R:',
    fileSystem: 'NTFS',
    capacityInBytes: 500 * GB,
    freeSpaceInBytes: 480 * GB,
    inUseAsReplicationTarget: false,
    locked: false,
    isCacheVolume: false,
    ...overrides,
  };
}

/** An eligible on-premises Windows MT: LSI controller, fresh heartbeat, volumes R: (retention) and C: (cache). */
export function aMasterTarget(overrides: Partial<MasterTargetFacts> = {}): MasterTargetFacts {
  return {
    id: 'mt-win-01',
    name: 'mt-win-01',
    location: 'OnPremises',
    osType: 'Windows',
    osDistribution: 'Windows Server',
    osVersion: '2016',
    kernelVersion: '10.0.14393',
    esxiHost: { ...ESXI_HOST },
    vmwareToolsInstalled: true,
    diskEnableUuid: true,
    storageVMotioned: false,
    snapshotCount: 0,
    scsiControllerType: 'LsiLogicSas',
    attachedDiskCount: 3,
    reprotectedDiskCount: 0,
    rootOnLvm: false,
    templateName: 'tpl-windows-mt',
    lastHeartbeat: minutesAgo(2),
    volumes: [
      aVolume(),
      aVolume({ id: 'vol-c', volumeName: 'C:', capacityInBytes: 120 * GB, freeSpaceInBytes: 60 * GB, isCacheVolume: true }),
    ],
    ...overrides,
  };
}

/** An eligible on-premises Linux MT (Ubuntu 16.04, root not on LVM), volumes /mnt/retention and / (cache). */
export function aLinuxMasterTarget(overrides: Partial<MasterTargetFacts> = {}): MasterTargetFacts {
  return aMasterTarget({
    id: 'mt-lnx-01',
    name: 'mt-lnx-01',
    osType: 'Linux',
    osDistribution: 'Ubuntu',
    osVersion: '16.04',
    kernelVersion: '4.4.0',
    scsiControllerType: 'LsiLogicParallel',
    templateName: 'tpl-ubuntu-mt',
    volumes: [
      aVolume({ id: 'vol-mnt-retention', volumeName: '/mnt/retention', fileSystem: 'ext4' }),
      aVolume({ id: 'vol-root', volumeName: '/', fileSystem: 'ext4', capacityInBytes: 60 * GB, isCacheVolume: true }),
    ],
    ...overrides,
  });
}

export function aProcessServer(overrides: Partial<ProcessServerFacts> = {}): ProcessServerFacts {
  return {
    id: 'ps-azure-01',
    friendlyName: 'ps-azure-01',
    location: 'Azure',
    health: 'Healthy',
    lastHeartbeat: minutesAgo(1),
    canReachConfigurationServer: true,
    ...overrides,
  };
}

/** A VMFS datastore mounted read-write on the default MT's host (and holding the default item's disks). */
export function aDatastore(overrides: Partial<DatastoreFacts> = {}): DatastoreFacts {
  return {
    id: 'ds-vmfs-01',
    symbolicName: 'vmfs-01',
    type: 'VMFS',
    capacityGb: 2048,
    freeSpaceGb: 1024,
    mounts: [{ hostId: ESXI_HOST.id, hostName: ESXI_HOST.name, access: 'ReadWrite' }],
    ...overrides,
  };
}

/** Complete facts for a Windows item that can be reprotected with the default choices. */
export function someFacts(overrides: Partial<ReprotectFacts> = {}): ReprotectFacts {
  return {
    now: NOW,
    connectivity: { ...S2S_VPN_ONLY },
    configurationServer: { friendlyName: 'cs-01', connected: true, lastHeartbeat: minutesAgo(1) },
    item: aWindowsItem(),
    masterTargets: [aMasterTarget()],
    processServers: [aProcessServer()],
    datastores: [aDatastore()],
    failbackPolicy: { id: 'policy-failback', friendlyName: 'failback-policy', ...FAILBACK_POLICY_VALUES },
    ...overrides,
  };
}

export const codes = (reasons: Reason[]): string[] => reasons.map((reason) => reason.code);
