import fc from 'fast-check';
import type { Db } from '../../lib/data/db';
import { createMatrixWorld, REFUSED_CALLERS, ROLE_CALLERS, type CallerName, type MatrixWorld } from '../access-matrix';
import { hostileString } from './arbitraries';

// The world the fuzz suite attacks: two demo vaults, a caller of each kind with a real
// access token, and the real ids of the vault's rows, so that random requests often
// reach past the first check into the code behind it.

export interface FuzzWorld extends MatrixWorld {
  /** Real values by the names routes and actions give them. */
  values: Record<string, string[]>;
  /** Every real id, for values whose meaning the fuzzer does not know. */
  ids: string[];
}

export async function createFuzzWorld(db: Db): Promise<FuzzWorld> {
  const world = await createMatrixWorld(db);
  const vaultIds = [world.vault.id, world.otherVault.id];
  const inVaults = { vaultId: { in: vaultIds } };
  const select = { id: true } as const;
  const [vaults, items, jobs, plans, policies, masterTargets, processServers, volumes, datastores, hosts, assignments] = await Promise.all([
    db.vault.findMany({ where: { id: { in: vaultIds } } }),
    db.replicatedItem.findMany({ where: inVaults, select, take: 20 }),
    db.job.findMany({ where: inVaults, select, take: 20 }),
    db.recoveryPlan.findMany({ where: inVaults, select }),
    db.replicationPolicy.findMany({ where: inVaults, select }),
    db.masterTargetServer.findMany({ where: inVaults, select }),
    db.processServer.findMany({ where: inVaults, select }),
    db.masterTargetVolume.findMany({ where: { masterTarget: inVaults }, select, take: 20 }),
    db.datastore.findMany({ where: { vcenter: inVaults }, select, take: 20 }),
    db.esxiHost.findMany({ where: { vcenter: inVaults }, select }),
    // The callers' own assignments stay out: removing them would only turn later inputs into 404s.
    db.roleAssignment.findMany({ where: { vaultId: world.otherVault.id }, select }),
  ]);
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const values: Record<string, string[]> = {
    // Mostly the vault the callers hold roles on; now and then the one only an outsider holds.
    vaultName: [world.vault.name, world.vault.name, world.vault.name, world.otherVault.name],
    resourceName: [world.vault.name],
    subscriptionId: vaults.map((vault) => vault.subscriptionId),
    resourceGroupName: vaults.map((vault) => vault.resourceGroup),
    itemId: ids(items),
    jobId: ids(jobs),
    planId: ids(plans),
    policyId: ids(policies),
    masterTargetId: ids(masterTargets),
    processServerId: ids(processServers),
    volumeId: ids(volumes),
    datastoreId: ids(datastores),
    hostId: ids(hosts),
    assignmentId: ids(assignments),
  };
  return { ...world, values, ids: Object.entries(values).filter(([name]) => name.endsWith('Id')).flatMap(([, list]) => list) };
}

/** A value for something named `name`: mostly a real one when the world has it, else hostile. */
export function valueFor(world: FuzzWorld, name: string): fc.Arbitrary<string> {
  const real = world.values[name] ?? world.values[name.replace(/Name$/, 'Id')];
  if (!real?.length) return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...world.ids) }, { weight: 3, arbitrary: hostileString() });
  // The vault is named right most of the time: a wrong vault name ends every request at the first check.
  const hostileWeight = name === 'vaultName' || name === 'resourceName' ? 1 : 3;
  return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...real) }, { weight: hostileWeight, arbitrary: hostileString() });
}

/** Callers of every kind, and Authorization headers that are not what they claim. */
export function callerHeaders(world: FuzzWorld): fc.Arbitrary<{ caller: string; headers: Record<string, string> }> {
  const as = (caller: CallerName): { caller: string; headers: Record<string, string> } => ({ caller, headers: world.headers[caller] });
  const forged: Array<{ caller: string; headers: Record<string, string> }> = [
    { caller: 'forged token', headers: { authorization: 'Bearer vp_0000000000000000000000000000000000000000' } },
    { caller: 'bad scheme', headers: { authorization: 'Basic YWRtaW46YWRtaW4=' } },
    { caller: 'empty bearer', headers: { authorization: 'Bearer ' } },
    { caller: 'huge bearer', headers: { authorization: `Bearer ${'A'.repeat(20_000)}` } },
    { caller: 'forged cookie', headers: { cookie: 'vault-portal.session_token=forged.signature' } },
  ];
  // Mostly callers with a role, so that inputs reach past authorization into the code behind it.
  return fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...ROLE_CALLERS.map(as)) },
    { weight: 2, arbitrary: fc.constantFrom(...REFUSED_CALLERS.map(as)) },
    { weight: 1, arbitrary: fc.constantFrom(...forged) },
  );
}
