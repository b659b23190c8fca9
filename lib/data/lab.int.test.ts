import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { refusedUnchanged } from '../../test/refused-unchanged';
import type { RegisterMasterTargetInput } from '../schemas/lab';
import { changeMasterTarget, registerMasterTarget, registerProcessServer } from './lab';
import { createMasterTarget, createTestVault, type TestVault } from './seed/factories';

let database: TestDatabase;
let vault: TestVault;
let otherVault: TestVault;
const db = () => database.db;

beforeAll(async () => {
  database = await createTestDatabase();
  vault = await createTestVault(db());
  otherVault = await createTestVault(db());
});
afterAll(async () => {
  await database?.stop();
});

function aRegistration(overrides: Partial<RegisterMasterTargetInput> = {}): RegisterMasterTargetInput {
  return {
    name: `mt-lab-${Math.random().toString(36).slice(2, 8)}`,
    ipAddress: '10.10.1.60',
    osType: 'Windows',
    osDistribution: 'Windows Server',
    osVersion: '2019',
    kernelVersion: '10.0.17763',
    esxiHostId: vault.hostId,
    isCombinedPsMt: false,
    volumes: [
      { volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 127, freeSpaceGb: 60 },
      { volumeName: 'r:', fileSystem: 'NTFS', capacityGb: 500, freeSpaceGb: 500 },
    ],
    ...overrides,
  };
}

const expectRefusedUnchanged = (run: () => Promise<{ ok: boolean }>) => refusedUnchanged(db(), vault.vaultId, run);

describe('register a master target', () => {
  it('installs it on the host: the first volume is its cache volume, drive letters upper-case, one disk per volume', async () => {
    const input = aRegistration();
    const result = await registerMasterTarget(vault.vaultId, input, db());
    expect(result.ok).toBe(true);
    const mt = await db().masterTargetServer.findFirstOrThrow({ where: { name: input.name }, include: { volumes: { orderBy: { volumeName: 'asc' } } } });
    expect(mt).toMatchObject({ vaultId: vault.vaultId, location: 'OnPremises', esxiHostId: vault.hostId, attachedDiskCount: 2, agentResponding: true });
    expect(mt.volumes.map((v) => [v.volumeName, v.isCacheVolume])).toEqual([['C:', true], ['R:', false]]);
    expect(await db().processServer.count({ where: { friendlyName: input.name } })).toBe(0);
  });

  it('a combined PS+MT also registers its process server, on-premises', async () => {
    const input = aRegistration({ isCombinedPsMt: true });
    expect((await registerMasterTarget(vault.vaultId, input, db())).ok).toBe(true);
    expect(await db().processServer.findFirstOrThrow({ where: { friendlyName: input.name } })).toMatchObject({ location: 'OnPremises' });
  });

  const refusals: { name: string; input: () => unknown; field: string; message: RegExp }[] = [
    { name: 'an ESXi host that does not exist', input: () => aRegistration({ esxiHostId: 'no-such-host' }), field: 'esxiHostId', message: /does not exist/ },
    {
      name: 'a Linux combined PS+MT (the configuration server setup is Windows only)',
      input: () =>
        aRegistration({
          osType: 'Linux',
          isCombinedPsMt: true,
          volumes: [
            { volumeName: '/', fileSystem: 'ext4', capacityGb: 64, freeSpaceGb: 30 },
            { volumeName: '/mnt/retention', fileSystem: 'ext4', capacityGb: 500, freeSpaceGb: 500 },
          ],
        }),
      field: 'isCombinedPsMt',
      message: /Windows only/,
    },
    { name: "another vault's ESXi host", input: () => aRegistration({ esxiHostId: otherVault.hostId }), field: 'esxiHostId', message: /does not exist/ },
    {
      name: 'a negative capacity',
      input: () => aRegistration({ volumes: [{ volumeName: 'C:', fileSystem: 'NTFS', capacityGb: -1, freeSpaceGb: 0 }] }),
      field: 'volumes.0.capacityGb',
      message: /cannot be negative/,
    },
    {
      name: 'free space above capacity',
      input: () => aRegistration({ volumes: [{ volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 10, freeSpaceGb: 11 }] }),
      field: 'volumes.0.freeSpaceGb',
      message: /more than the capacity/,
    },
    {
      name: 'a drive letter taken twice',
      input: () =>
        aRegistration({
          volumes: [
            { volumeName: 'C:', fileSystem: 'NTFS', capacityGb: 10, freeSpaceGb: 5 },
            { volumeName: 'c:', fileSystem: 'NTFS', capacityGb: 10, freeSpaceGb: 5 },
          ],
        }),
      field: 'volumes.1.volumeName',
      message: /listed twice/,
    },
    {
      name: 'a mount path on a Windows MT',
      input: () => aRegistration({ volumes: [{ volumeName: '/mnt/retention', fileSystem: 'NTFS', capacityGb: 10, freeSpaceGb: 5 }] }),
      field: 'volumes.0.volumeName',
      message: /drive letter/,
    },
    {
      name: 'a Windows file system on a Linux MT',
      input: () => aRegistration({ osType: 'Linux', volumes: [{ volumeName: '/', fileSystem: 'NTFS', capacityGb: 10, freeSpaceGb: 5 }] }),
      field: 'volumes.0.fileSystem',
      message: /ext4, xfs/,
    },
    { name: 'no volume', input: () => aRegistration({ volumes: [] }), field: 'volumes', message: /at least/ },
    { name: 'a malformed IP address', input: () => aRegistration({ ipAddress: '10.10.1.300' }), field: 'ipAddress', message: /IPv4/ },
  ];

  it.each(refusals)('refuses $name and writes nothing', async ({ input, field, message }) => {
    const result = await expectRefusedUnchanged(() => registerMasterTarget(vault.vaultId, input(), db()));
    expect(result.error.fieldErrors[field]).toMatch(message);
  });

  it('refuses a name already registered in the vault (any case) and writes nothing', async () => {
    const existing = await createMasterTarget(db(), vault);
    const result = await expectRefusedUnchanged(() => registerMasterTarget(vault.vaultId, aRegistration({ name: existing.name.toUpperCase() }), db()));
    expect(result.error).toMatchObject({ kind: 'conflict', fieldErrors: { name: expect.stringMatching(/already registered/) } });
  });

  it('refuses a combined PS+MT named like an existing process server', async () => {
    const ps = await db().processServer.findUniqueOrThrow({ where: { id: vault.onPremProcessServerId } });
    const result = await expectRefusedUnchanged(() => registerMasterTarget(vault.vaultId, aRegistration({ name: ps.friendlyName, isCombinedPsMt: true }), db()));
    expect(result.error.fieldErrors.name).toMatch(/process server named/);
  });
});

describe('register a process server', () => {
  it('an Azure PS reaches the CS over the S2S VPN', async () => {
    const result = await registerProcessServer(vault.vaultId, { name: 'ps-lab-azure', ipAddress: '10.200.1.9', location: 'Azure', networks: ['vnet-a'] }, db());
    expect(result.ok).toBe(true);
    expect(await db().processServer.findFirstOrThrow({ where: { friendlyName: 'ps-lab-azure' } })).toMatchObject({
      location: 'Azure',
      canReachConfigurationServer: true,
      reachableFromNetworks: ['vnet-a'],
    });
  });

  it('without a failback network an Azure PS cannot reach the on-premises CS', async () => {
    const offline = await createTestVault(db(), { vault: { s2sVpn: false, expressRoute: true, expressRoutePeering: 'Public' } });
    await registerProcessServer(offline.vaultId, { name: 'ps-lab-cut', ipAddress: '10.200.1.9', location: 'Azure', networks: ['vnet-a'] }, db());
    expect(await db().processServer.findFirstOrThrow({ where: { vaultId: offline.vaultId, friendlyName: 'ps-lab-cut' } })).toMatchObject({
      canReachConfigurationServer: false,
    });
  });

  it.each([
    { name: 'no network', input: { name: 'ps-x', ipAddress: '10.0.0.1', location: 'Azure', networks: [] }, field: 'networks' },
    { name: 'a network twice', input: { name: 'ps-x', ipAddress: '10.0.0.1', location: 'Azure', networks: ['a', 'A'] }, field: 'networks' },
    { name: 'an unknown location', input: { name: 'ps-x', ipAddress: '10.0.0.1', location: 'Mars', networks: ['a'] }, field: 'location' },
  ])('refuses $name and writes nothing', async ({ input, field }) => {
    const result = await expectRefusedUnchanged(() => registerProcessServer(vault.vaultId, input, db()));
    expect(result.error.fieldErrors[field]).toBeTruthy();
  });

  it('refuses a name already taken', async () => {
    const ps = await db().processServer.findUniqueOrThrow({ where: { id: vault.azureProcessServerId } });
    const input = { name: ps.friendlyName, ipAddress: '10.0.0.1', location: 'Azure', networks: ['a'] };
    const result = await expectRefusedUnchanged(() => registerProcessServer(vault.vaultId, input, db()));
    expect(result.error.kind).toBe('conflict');
  });
});

describe('changes made on a master target', () => {
  it.each([
    { change: { change: 'installVmwareTools' }, flags: { vmwareToolsInstalled: false }, expected: { vmwareToolsInstalled: true } },
    { change: { change: 'enableDiskUuid' }, flags: { diskEnableUuid: false }, expected: { diskEnableUuid: true } },
    { change: { change: 'deleteSnapshots' }, flags: { snapshotCount: 3 }, expected: { snapshotCount: 0 } },
    { change: { change: 'changeScsiController', scsiControllerType: 'LsiLogicSas' }, flags: { scsiControllerType: 'Paravirtual' as const }, expected: { scsiControllerType: 'LsiLogicSas' } },
    { change: { change: 'stopAgent' }, flags: {}, expected: { agentResponding: false } },
    { change: { change: 'startAgent' }, flags: { agentResponding: false }, expected: { agentResponding: true } },
    { change: { change: 'storageVMotion' }, flags: {}, expected: { storageVMotioned: true } },
  ])('$change.change', async ({ change, flags, expected }) => {
    const mt = await createMasterTarget(db(), vault, flags);
    expect(await changeMasterTarget(vault.vaultId, { masterTargetId: mt.id, ...change }, db())).toMatchObject({ ok: true });
    expect(await db().masterTargetServer.findUniqueOrThrow({ where: { id: mt.id } })).toMatchObject(expected);
  });

  it('refuses a change that is already so, a master target of another vault, and an unknown change', async () => {
    const mt = await createMasterTarget(db(), vault);
    const foreign = await createMasterTarget(db(), otherVault, { vmwareToolsInstalled: false });
    const already = await expectRefusedUnchanged(() => changeMasterTarget(vault.vaultId, { masterTargetId: mt.id, change: 'installVmwareTools' }, db()));
    expect(already.error.message).toMatch(/already installed/);
    const elsewhere = await expectRefusedUnchanged(() => changeMasterTarget(vault.vaultId, { masterTargetId: foreign.id, change: 'installVmwareTools' }, db()));
    expect(elsewhere.error.kind).toBe('not-found');
    const unknown = await expectRefusedUnchanged(() => changeMasterTarget(vault.vaultId, { masterTargetId: mt.id, change: 'format' }, db()));
    expect(unknown.error.kind).toBe('invalid');
  });
});
