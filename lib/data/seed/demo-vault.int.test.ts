import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { DEMO_VAULT_NAME, seedDemoVault, seedDemoVaultCopy } from './demo-vault';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});

afterAll(async () => {
  await database?.stop();
});

describe('seedDemoVault', () => {
  let vaultId: string;

  it('seeds an empty database', async () => {
    const result = await seedDemoVault(database.db);
    expect(result.seeded).toBe(true);
    vaultId = result.vaultId;
    const vault = await database.db.vault.findUniqueOrThrow({ where: { id: vaultId } });
    expect(vault).toMatchObject({
      name: DEMO_VAULT_NAME,
      resourceGroup: 'contoso-dr-rg',
      location: 'westeurope',
      s2sVpn: true,
      expressRoute: true,
      expressRoutePeering: 'Public',
    });
  });

  it('has a connected configuration server and process servers in both locations', async () => {
    const db = database.db;
    const cs = await db.configurationServer.findMany({ where: { vaultId } });
    expect(cs.map((c) => [c.friendlyName, c.connectionState])).toEqual([['cs-contoso-01', 'Connected']]);
    expect(Date.now() - cs[0]!.lastHeartbeat.getTime()).toBeLessThan(10 * 60_000);

    const ps = await db.processServer.findMany({ where: { vaultId }, orderBy: { friendlyName: 'asc' } });
    expect(ps.map((p) => [p.friendlyName, p.location, p.health, p.canReachConfigurationServer])).toEqual([
      ['cs-contoso-01', 'OnPremises', 'Healthy', true],
      ['ps-azure-weu-01', 'Azure', 'Healthy', true],
      ['ps-azure-weu-02', 'Azure', 'Critical', false],
    ]);
  });

  it('mounts datastores read-write on one host and read-only on the other', async () => {
    const mounts = await database.db.datastoreMount.findMany({
      where: { host: { vcenter: { vaultId } } },
      include: { host: true, datastore: true },
    });
    const access = Object.fromEntries(mounts.map((m) => [`${m.host.name}|${m.datastore.symbolicName}`, m.access]));
    expect(access).toEqual({
      'esx-01.contoso.local|ds-vmfs-01': 'ReadWrite',
      'esx-01.contoso.local|ds-vsan-01': 'ReadWrite',
      'esx-01.contoso.local|ds-nfs-01': 'ReadWrite',
      'esx-01.contoso.local|ds-vmfs-02': 'ReadOnly',
      'esx-02.contoso.local|ds-vmfs-02': 'ReadWrite',
      'esx-02.contoso.local|ds-vmfs-03': 'ReadWrite',
      'esx-02.contoso.local|ds-vmfs-01': 'ReadOnly',
    });
    const types = await database.db.datastore.groupBy({ by: ['type'], where: { vcenter: { vaultId } }, _count: true });
    expect(Object.fromEntries(types.map((t) => [t.type, t._count]))).toEqual({ VMFS: 3, vSAN: 1, NFS: 1 });
  });

  it('has one master target per failing prerequisite', async () => {
    const mts = await database.db.masterTargetServer.findMany({ where: { vaultId } });
    const byName = new Map(mts.map((m) => [m.name, m]));
    const mt = (name: string) => {
      const found = byName.get(name);
      if (!found) throw new Error(`missing master target ${name}`);
      return found;
    };
    expect(mts).toHaveLength(13);
    expect(mt('cs-contoso-01')).toMatchObject({ isCombinedPsMt: true, osType: 'Windows', osDistribution: 'Windows Server', osVersion: '2016', kernelVersion: '10.0.14393' });
    expect(mt('mt-lnx-01')).toMatchObject({ osType: 'Linux', osDistribution: 'Ubuntu', osVersion: '18.04', kernelVersion: '4.15.0', rootOnLvm: false });
    expect(mt('mt-lnx-02')).toMatchObject({ osType: 'Linux', rootOnLvm: true });
    expect(mt('mt-win-notools').vmwareToolsInstalled).toBe(false);
    expect(mt('mt-win-nouuid').diskEnableUuid).toBe(false);
    expect(mt('mt-win-vmotion').storageVMotioned).toBe(true);
    expect(mt('mt-win-snap').snapshotCount).toBe(2);
    expect(mt('mt-win-pvscsi').scsiControllerType).toBe('Paravirtual');
    expect(mt('mt-win-old')).toMatchObject({ osVersion: '2008 R2', kernelVersion: '6.1.7601' });
    expect(mt('mt-win-tmpl').templateName).toBe('tmpl-win2016-std');
    expect(mt('mt-win-full').attachedDiskCount).toBe(58);
    expect(Date.now() - mt('mt-win-stale').lastHeartbeat.getTime()).toBeGreaterThan(2 * 3600_000);
    // Apart from its own flaw, each one is a sound master target.
    const sound = mts.filter(
      (m) =>
        m.vmwareToolsInstalled &&
        m.diskEnableUuid &&
        !m.storageVMotioned &&
        m.snapshotCount === 0 &&
        m.scsiControllerType === 'LsiLogicSas' &&
        !m.rootOnLvm &&
        m.templateName === null &&
        m.attachedDiskCount < 58 &&
        Date.now() - m.lastHeartbeat.getTime() < 10 * 60_000,
    );
    expect(sound.map((m) => m.name).sort()).toEqual(['cs-contoso-01', 'mt-lnx-01', 'mt-win-02', 'mt-win-old']);
  });

  it('covers every retention volume rule on the configuration server', async () => {
    const volumes = await database.db.masterTargetVolume.findMany({
      where: { masterTarget: { vaultId, name: 'cs-contoso-01' } },
    });
    const v = Object.fromEntries(volumes.map((x) => [x.volumeName, x]));
    expect(Object.keys(v).sort()).toEqual(['C:', 'E:', 'F:', 'L:', 'R:', 'S:', 'Z:']);
    expect(v['C:']!.isCacheVolume).toBe(true);
    expect(v['E:']!.inUseAsReplicationTarget).toBe(true);
    expect(v['F:']!.fileSystem).toBe('FAT32');
    expect(v['L:']!.locked).toBe(true);
    expect(v['Z:']!.capacityInBytes).toBe(0n);
    expect(v['S:']!.fileSystem).toBe('ReFS');
    expect(v['R:']).toMatchObject({ fileSystem: 'NTFS', capacityInBytes: 500n * 1024n ** 3n, locked: false });

    const every = await database.db.masterTargetServer.findMany({ where: { vaultId }, include: { volumes: true } });
    for (const mt of every) {
      const names = mt.volumes.map((x) => x.volumeName);
      expect(names).toContain(mt.osType === 'Windows' ? 'R:' : '/mnt/retention');
      expect(mt.volumes.filter((x) => x.isCacheVolume)).toHaveLength(1);
    }
  });

  it('seeds replicated items in every stage with their special conditions', async () => {
    const items = await database.db.replicatedItem.findMany({ where: { vaultId }, include: { sourceDatastores: true } });
    expect(items.length).toBeGreaterThanOrEqual(40);
    const count = (pred: (i: (typeof items)[number]) => boolean) => items.filter(pred).length;
    expect(count((i) => i.protectionState === 'UnplannedFailoverCommitted' && i.activeLocation === 'Recovery')).toBeGreaterThan(30);
    expect(count((i) => i.protectionState === 'UnplannedFailoverCommitPendingStatesBegin' && i.activeLocation === 'Recovery')).toBe(3);
    expect(count((i) => i.protectionState === 'Protected' && i.activeLocation === 'Primary')).toBe(5);
    const reprotected = items.filter((i) => i.protectionState === 'Protected' && i.activeLocation === 'Recovery');
    expect(reprotected).toHaveLength(7);
    for (const i of reprotected) {
      expect([i.masterTargetId, i.processServerId, i.datastoreId, i.retentionVolumeId, i.failbackPolicyId]).not.toContain(null);
    }
    // The rest of the failback cycle: failed back with the commit pending, and committed on-premises.
    expect(items.filter((i) => i.activeLocation === 'Primary' && i.protectionState !== 'Protected').map((i) => [i.friendlyName, i.protectionState]).sort()).toEqual([
      ['fb-committed-01', 'UnplannedFailoverCommitted'],
      ['fb-newboot-01', 'UnplannedFailoverCommitted'],
      ['fb-pending-01', 'UnplannedFailoverCommitPendingStatesBegin'],
    ]);
    expect(items.find((i) => i.friendlyName === 'fb-pending-01')).toMatchObject({ azureVmExists: true, azureVmRunning: false });
    expect(items.find((i) => i.friendlyName === 'fb-committed-01')).toMatchObject({ azureVmExists: false });
    const deleted = items.filter((i) => !i.sourceVmPresent);
    expect(deleted.length).toBeGreaterThanOrEqual(6);
    expect(deleted.every((i) => i.sourceDatastores.length === 0)).toBe(true);
    expect(items.filter((i) => i.sourceVmPresent).every((i) => i.sourceDatastores.length > 0)).toBe(true);
    const inAzure = items.filter((i) => i.activeLocation === 'Recovery');
    expect(inAzure.filter((i) => !i.azureVmRunning).map((i) => i.friendlyName)).toEqual(['app-stopped-01']);
    expect(items.filter((i) => !i.canReachConfigurationServer).map((i) => i.friendlyName)).toEqual(['app-isolated-01']);
    expect(items.filter((i) => !i.agentRegistered).map((i) => i.friendlyName).sort()).toEqual(['app-newboot-01', 'fb-newboot-01']);
    expect(items.filter((i) => i.sourceVmPresent).every((i) => i.sourceHostId !== null)).toBe(true);
    expect(count((i) => i.templateName === 'tmpl-win2016-std')).toBe(2);
    expect(count((i) => i.osType === 'Linux')).toBeGreaterThan(8);
    expect(items.find((i) => i.friendlyName === 'git-01')).toMatchObject({ osType: 'Linux', osDistribution: 'Ubuntu', osVersion: '20.04', kernelVersion: '5.4.0' });
    expect(Math.max(...items.map((i) => i.diskCount))).toBe(16);
  });

  it('groups the finance VMs and builds two recovery plans', async () => {
    const groups = await database.db.replicationGroup.findMany({ where: { vaultId }, include: { items: true } });
    expect(groups).toHaveLength(1);
    expect(groups[0]!.name).toBe('rg-finance');
    expect(groups[0]!.items.map((i) => i.friendlyName).sort()).toEqual(['fin-app-01', 'fin-sql-01', 'fin-web-01']);
    expect(groups[0]!.items.every((i) => i.osType === 'Windows' && i.protectionState === 'UnplannedFailoverCommitted')).toBe(true);

    const plans = await database.db.recoveryPlan.findMany({
      where: { vaultId },
      include: { groups: { include: { items: { include: { item: true } } }, orderBy: { order: 'asc' } } },
      orderBy: { friendlyName: 'asc' },
    });
    expect(plans.map((p) => p.friendlyName)).toEqual(['rp-finance', 'rp-web-tier']);
    const [finance, web] = plans;
    expect(finance!.groups.map((g) => g.groupType)).toEqual(['Shutdown', 'Failover', 'Boot']);
    const financeBoot = finance!.groups[2]!.items.map((i) => i.item.friendlyName);
    expect(financeBoot).toHaveLength(5);
    expect(financeBoot).toEqual(expect.arrayContaining(['fin-sql-01', 'fin-app-01', 'fin-web-01']));
    const webOs = new Set(web!.groups.flatMap((g) => g.items.map((i) => i.item.osType)));
    expect(webOs).toEqual(new Set(['Windows', 'Linux']));
  });

  it('records finished jobs with tasks and one failed reprotect', async () => {
    const jobs = await database.db.job.findMany({ where: { vaultId }, include: { tasks: true, errors: true } });
    expect(jobs.length).toBeGreaterThanOrEqual(5);
    expect(jobs.every((j) => j.endTime !== null && j.endTime <= new Date() && j.replicatedItemId !== null)).toBe(true);
    expect(jobs.every((j) => j.tasks.length > 0)).toBe(true);
    expect(new Set(jobs.map((j) => j.scenarioName))).toEqual(
      new Set(['UnplannedFailover', 'CommitFailover', 'EnableDr', 'ReverseReplication']),
    );
    const failed = jobs.filter((j) => j.state === 'Failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.errors.map((e) => e.errorCode)).toEqual(['78093']);
    expect(failed[0]!.tasks.filter((t) => t.state === 'Failed')).toHaveLength(1);
    expect(jobs.filter((j) => j.state === 'Succeeded').every((j) => j.tasks.every((t) => t.state === 'Succeeded'))).toBe(true);
  });

  it('seeds nothing into a database that already has a vault', async () => {
    const before = await database.db.replicatedItem.count();
    const again = await seedDemoVault(database.db);
    expect(again).toEqual({ seeded: false, vaultId });
    expect(await database.db.vault.count()).toBe(1);
    expect(await database.db.replicatedItem.count()).toBe(before);
  });

  it('seeds a copy under another name beside it, with rows of its own', async () => {
    const db = database.db;
    const copyId = await seedDemoVaultCopy(db, 'rehearsal-vault');
    expect(copyId).not.toBe(vaultId);
    const shape = async (id: string) => ({
      items: (await db.replicatedItem.findMany({ where: { vaultId: id }, orderBy: { friendlyName: 'asc' } })).map((i) => [i.friendlyName, i.protectionState]),
      masterTargets: await db.masterTargetServer.count({ where: { vaultId: id } }),
      jobs: await db.job.count({ where: { vaultId: id } }),
      plans: await db.recoveryPlan.count({ where: { vaultId: id } }),
    });
    expect(await shape(copyId)).toEqual(await shape(vaultId));
    // The copy's failed job points at the copy's own servers, so Restart works there too.
    const failed = await db.job.findFirstOrThrow({ where: { vaultId: copyId, state: 'Failed' } });
    const payload = failed.payload as { masterTargetId: string };
    expect((await db.masterTargetServer.findUniqueOrThrow({ where: { id: payload.masterTargetId } })).vaultId).toBe(copyId);
    await expect(seedDemoVaultCopy(db, 'rehearsal-vault')).rejects.toThrow();
    expect(await db.vault.count()).toBe(2);
  });
});
