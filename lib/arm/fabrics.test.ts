import { describe, expect, it } from 'vitest';
import { aDatastore, aMasterTarget, aProcessServer, minutesAgo, NOW, OTHER_ESXI_HOST, S2S_VPN_ONLY, ESXI_HOST } from '../domain/reprotect/test-fixtures';
import { toArmContainer, toArmFabric } from './fabrics';
import { armIds } from './resource-ids';

const ids = armIds({ subscriptionId: 'sub', resourceGroup: 'rg', name: 'vault' });

const source = {
  configurationServer: { id: 'cs-1', friendlyName: 'cs-contoso-01', ipAddress: '10.0.0.1', agentVersion: '9.30', connected: true, lastHeartbeat: minutesAgo(1) },
  location: 'westeurope',
  connectivity: S2S_VPN_ONLY,
  processServers: [{ ...aProcessServer(), ipAddress: '10.1.0.4', osType: 'Windows', agentVersion: '9.30', agentResponding: true, totalSpaceInBytes: 100, availableSpaceInBytes: 10, machineCount: 3 }],
  masterTargets: [
    { ...aMasterTarget(), ipAddress: '10.0.0.5', agentVersion: '9.30' },
    { ...aMasterTarget({ id: 'mt-snap', name: 'mt-snap', snapshotCount: 1, lastHeartbeat: minutesAgo(60) }), ipAddress: '10.0.0.6', agentVersion: '9.30' },
  ],
  datastores: [
    aDatastore(),
    aDatastore({ id: 'ds-ro', symbolicName: 'vmfs-ro', mounts: [{ hostId: ESXI_HOST.id, hostName: ESXI_HOST.name, access: 'ReadOnly' }] }),
    aDatastore({ id: 'ds-far', symbolicName: 'vmfs-far', mounts: [{ hostId: OTHER_ESXI_HOST.id, hostName: OTHER_ESXI_HOST.name, access: 'ReadWrite' }] }),
  ],
  datastoreUuids: new Map([['ds-vmfs-01', 'uuid-1']]),
  now: NOW,
};

describe('the VMware fabric', () => {
  const fabric = toArmFabric(source, ids);
  const [mt, snapped] = fabric.properties.customDetails.masterTargetServers;

  it('lists a master target with its retention volumes and the datastores of its ESXi host, with their access', () => {
    expect(fabric).toMatchObject({ name: 'cs-1', id: ids.fabric('cs-1'), properties: { friendlyName: 'cs-contoso-01', health: 'Normal', customDetails: { instanceType: 'VMware' } } });
    expect(mt!.retentionVolumes.map((volume) => volume.volumeName)).toEqual(['R:', 'C:']);
    expect(mt!.dataStores).toEqual([
      { symbolicName: 'vmfs-01', uuid: 'uuid-1', capacity: '2048', freeSpace: '1024', type: 'VMFS', access: 'ReadWrite' },
      { symbolicName: 'vmfs-ro', uuid: 'ds-ro', capacity: '2048', freeSpace: '1024', type: 'VMFS', access: 'ReadOnly' },
    ]);
    expect(mt!.healthErrors).toEqual([]);
  });

  it("reports a master target's failed checks and a stale heartbeat as the blade judges them", () => {
    expect(snapped!.versionStatus).toBe('NotResponding');
    expect(snapped!.healthErrors.map((error) => error.errorCode)).toEqual(expect.arrayContaining(['MT_HAS_SNAPSHOTS', 'MT_HEARTBEAT_STALE']));
  });

  it('reports process servers with their space and machines, and one container per fabric', () => {
    expect(fabric.properties.customDetails.processServers[0]).toMatchObject({ friendlyName: 'ps-azure-01', machineCount: '3', spaceUsageStatus: 'Warning', health: 'Normal' });
    expect(toArmContainer({ id: 'cs-1', friendlyName: 'cs-contoso-01' }, 7, 'westeurope', ids)).toMatchObject({ name: 'cloud_cs-1', properties: { protectedItemCount: 7 } });
  });
});
