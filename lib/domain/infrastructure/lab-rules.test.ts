import { describe, expect, it } from 'vitest';
import { itemChangePatch, itemChangeProblem, masterTargetChangePatch, masterTargetChangeProblem, type MasterTargetLabChange, type MasterTargetState } from './lab-rules';

const NOW = new Date('2026-11-25T12:00:00Z');

const broken: MasterTargetState = {
  name: 'mt-x',
  vmwareToolsInstalled: false,
  diskEnableUuid: false,
  snapshotCount: 2,
  scsiControllerType: 'Paravirtual',
  agentResponding: false,
  storageVMotioned: false,
};
const sound: MasterTargetState = { ...broken, vmwareToolsInstalled: true, diskEnableUuid: true, snapshotCount: 0, scsiControllerType: 'LsiLogicSas', agentResponding: true, storageVMotioned: true };

describe('lab changes to a master target', () => {
  const cases: { change: MasterTargetLabChange; patch: object; refusedOnSound: RegExp }[] = [
    { change: { change: 'installVmwareTools' }, patch: { vmwareToolsInstalled: true }, refusedOnSound: /already installed/ },
    { change: { change: 'enableDiskUuid' }, patch: { diskEnableUuid: true }, refusedOnSound: /already TRUE/ },
    { change: { change: 'deleteSnapshots' }, patch: { snapshotCount: 0 }, refusedOnSound: /no snapshots/ },
    { change: { change: 'changeScsiController', scsiControllerType: 'LsiLogicSas' }, patch: { scsiControllerType: 'LsiLogicSas' }, refusedOnSound: /already uses a LSI Logic SAS/ },
    { change: { change: 'startAgent' }, patch: { agentResponding: true, lastHeartbeat: NOW }, refusedOnSound: /already running/ },
    { change: { change: 'storageVMotion' }, patch: { storageVMotioned: true }, refusedOnSound: /cannot be undone/ },
  ];

  it.each(cases)('$change.change sets its fields on a broken MT and is refused where it changes nothing', ({ change, patch, refusedOnSound }) => {
    expect(masterTargetChangeProblem(broken, change)).toBeNull();
    expect(masterTargetChangePatch(change, NOW)).toEqual(patch);
    expect(masterTargetChangeProblem(sound, change)).toMatch(refusedOnSound);
  });

  it('a snapshot is taken on a master target without one (failback fails on it), and refused when there is one already', () => {
    expect(masterTargetChangeProblem(sound, { change: 'takeSnapshot' })).toBeNull();
    expect(masterTargetChangePatch({ change: 'takeSnapshot' }, NOW)).toEqual({ snapshotCount: 1 });
    expect(masterTargetChangeProblem(broken, { change: 'takeSnapshot' })).toMatch(/already has 2 snapshots/);
  });

  it('an agent is stopped only while it runs', () => {
    expect(masterTargetChangeProblem(sound, { change: 'stopAgent' })).toBeNull();
    expect(masterTargetChangeProblem(broken, { change: 'stopAgent' })).toMatch(/already stopped/);
    expect(masterTargetChangePatch({ change: 'stopAgent' }, NOW)).toEqual({ agentResponding: false });
  });
});

describe('lab changes to a failed-over VM', () => {
  it.each([
    { state: { azureVmRunning: false, agentRegistered: false }, change: 'registerAgent', problem: /Start the Azure VM/ },
    { state: { azureVmRunning: true, agentRegistered: false }, change: 'registerAgent', problem: null },
    { state: { azureVmRunning: true, agentRegistered: true }, change: 'registerAgent', problem: /already registered/ },
    { state: { azureVmRunning: false, agentRegistered: true }, change: 'startAzureVm', problem: null },
    { state: { azureVmRunning: true, agentRegistered: true }, change: 'startAzureVm', problem: /already running/ },
    { state: { azureVmRunning: true, agentRegistered: true }, change: 'stopAzureVm', problem: null },
    { state: { azureVmRunning: false, agentRegistered: true }, change: 'stopAzureVm', problem: /already stopped/ },
    { state: { azureVmRunning: true, agentRegistered: false }, change: 'unregisterAgent', problem: /not registered/ },
  ] as const)('$change on $state', ({ state, change, problem }) => {
    const result = itemChangeProblem({ name: 'app-01', ...state }, change);
    if (problem === null) expect(result).toBeNull();
    else expect(result).toMatch(problem);
  });

  it('each change sets one field', () => {
    expect(itemChangePatch('startAzureVm')).toEqual({ azureVmRunning: true });
    expect(itemChangePatch('unregisterAgent')).toEqual({ agentRegistered: false });
  });
});
