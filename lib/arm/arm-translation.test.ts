import { describe, expect, it } from 'vitest';
import { checkApiVersion, SDK_API_VERSION, SUPPORTED_API_VERSIONS } from './api-versions';
import { armErrorFromFailure, REPROTECT_TARGETS } from './errors';
import { parseJobFilter, toArmJob } from './jobs';
import { parseODataFilter } from './odata';
import { operationStatus } from './operations';
import { cursorToken, nextLink, pageOf, readPage } from './paging';
import { parseItemFilter, reprotectInputProblems, toReprotectInput } from './protected-items';
import { armIds, fabricOfContainer, nameFromIdOrName, pathNamesVault } from './resource-ids';
import { busyFailure, failure } from '../schemas/action-result';
import { refuse } from '../domain/reprotect/reasons';

const vault = { subscriptionId: '6f1c2b9e-4d3a-4b8e-9c71-2a5e8d0f3b14', resourceGroup: 'contoso-dr-rg', name: 'contoso-dr-vault' };
const ids = armIds(vault);

describe('api-version', () => {
  it('accepts the version the SDK sends and the later stable ones, and names them when it refuses', () => {
    expect(checkApiVersion(new URLSearchParams('api-version=2023-06-01'))).toEqual({ ok: true, version: SDK_API_VERSION });
    expect(checkApiVersion(new URLSearchParams('api-version=2025-08-01')).ok).toBe(true);
    const missing = checkApiVersion(new URLSearchParams(''));
    expect(missing).toMatchObject({ ok: false, code: 'MissingApiVersionParameter' });
    const unknown = checkApiVersion(new URLSearchParams('api-version=2016-08-10'));
    expect(unknown).toMatchObject({ ok: false, code: 'InvalidApiVersionParameter' });
    for (const version of SUPPORTED_API_VERSIONS) expect(!unknown.ok && unknown.message).toContain(version);
  });
});

describe('resource ids', () => {
  it('hang under the vault and name containers after their fabric', () => {
    expect(ids.item('cs-1', 'item-1')).toBe(
      '/subscriptions/6f1c2b9e-4d3a-4b8e-9c71-2a5e8d0f3b14/resourceGroups/contoso-dr-rg/providers/Microsoft.RecoveryServices/vaults/contoso-dr-vault/replicationFabrics/cs-1/replicationProtectionContainers/cloud_cs-1/replicationProtectedItems/item-1',
    );
    expect(fabricOfContainer('cloud_cs-1')).toBe('cs-1');
    expect(fabricOfContainer('cs-1')).toBeNull();
    expect(nameFromIdOrName(ids.policy('p-failback'))).toBe('p-failback');
    expect(pathNamesVault({ subscriptionId: vault.subscriptionId.toUpperCase(), resourceGroupName: 'CONTOSO-DR-RG' }, vault)).toBe(true);
    expect(pathNamesVault({ subscriptionId: vault.subscriptionId, resourceGroupName: 'other-rg' }, vault)).toBe(false);
  });
});

describe('errors in ARM shape', () => {
  it('a rule refusal carries each blocking reason with the body field it is about; the first names the error', () => {
    const reasons = [
      refuse('MT_OS_MISMATCH', 'masterTargetId', 'mt-lnx-01 runs Linux.'),
      refuse('VOLUME_LOCKED', 'retentionVolumeId', 'R: is locked.'),
      { ...refuse('DATASTORE_IGNORED', 'datastoreId', 'ignored'), severity: 'warning' as const },
    ];
    const error = armErrorFromFailure(failure('refused', 'mt-lnx-01 runs Linux.', {}, reasons).error, REPROTECT_TARGETS);
    expect(error.status).toBe(400);
    expect(error.body.error).toEqual({
      code: 'MT_OS_MISMATCH',
      message: 'mt-lnx-01 runs Linux.',
      target: 'properties.providerSpecificDetails.masterTargetId',
      details: [
        { code: 'MT_OS_MISMATCH', message: 'mt-lnx-01 runs Linux.', target: 'properties.providerSpecificDetails.masterTargetId' },
        { code: 'VOLUME_LOCKED', message: 'R: is locked.', target: 'properties.providerSpecificDetails.retentionDrive' },
      ],
    });
  });

  it('maps each kind of failure to its status and code', () => {
    expect(armErrorFromFailure(failure('conflict', 'busy').error)).toMatchObject({ status: 409, body: { error: { code: 'Conflict' } } });
    expect(armErrorFromFailure(failure('not-found', 'gone').error)).toMatchObject({ status: 404, body: { error: { code: 'ResourceNotFound' } } });
    expect(armErrorFromFailure(failure('forbidden', 'no').error)).toMatchObject({ status: 403, body: { error: { code: 'AuthorizationFailed' } } });
    // The SDK's retry policy sends a 503 again by itself.
    expect(armErrorFromFailure(busyFailure().error)).toMatchObject({ status: 503, body: { error: { code: 'ServiceUnavailable' } } });
    const invalid = armErrorFromFailure(failure('invalid', 'Some values are not valid.', { 'properties.failoverDirection': 'wrong' }).error);
    expect(invalid).toMatchObject({ status: 400, body: { error: { code: 'InvalidRequestContent', target: 'properties.failoverDirection' } } });
  });
});

describe('$filter', () => {
  it('reads comparisons joined by and, with quoted values', () => {
    expect(parseODataFilter("protectionState eq 'Protected' and friendlyName eq 'o''brien'", { protectionState: ['eq'], friendlyName: ['eq'] })).toEqual({
      ok: true,
      clauses: [
        { field: 'protectionState', op: 'eq', value: 'Protected' },
        { field: 'friendlyName', op: 'eq', value: "o'brien" },
      ],
    });
    expect(parseODataFilter("name eq 'x'", { protectionState: ['eq'] })).toMatchObject({ ok: false, message: expect.stringContaining('protectionState') });
    expect(parseODataFilter("protectionState eq 'x' and", { protectionState: ['eq'] }).ok).toBe(false);
    expect(parseODataFilter("protectionState gt 'x'", { protectionState: ['eq'] }).ok).toBe(false);
  });

  it('of items checks values against the states the service reports', () => {
    expect(parseItemFilter("protectionState eq 'protected'")).toEqual({ ok: true, filter: { protectionState: 'Protected' } });
    expect(parseItemFilter("replicationHealth eq 'Sick'").ok).toBe(false);
  });

  it('of jobs reads times, state, scenario and affected object type', () => {
    const parsed = parseJobFilter("startTime eq '2026-11-01T00:00:00Z' and endTime eq '2026-11-30T00:00:00Z' and jobStatus eq 'failed' and jobName eq 'ReverseReplication' and affectedObjectTypes eq 'RecoveryPlan'");
    expect(parsed).toEqual({
      ok: true,
      filters: { range: 'all', createdFrom: new Date('2026-11-01T00:00:00Z'), createdTo: new Date('2026-11-30T00:00:00Z'), status: 'Failed', type: 'ReverseReplication', target: 'plan' },
    });
    expect(parseJobFilter("startTime eq 'yesterday'").ok).toBe(false);
  });
});

describe('paging', () => {
  it('reads $skipToken and $top, and moves nextLink on', () => {
    expect(readPage(new URLSearchParams('api-version=x'))).toEqual({ ok: true, skip: 0, take: 100, after: null });
    expect(readPage(new URLSearchParams('$skipToken=200&$top=50'))).toEqual({ ok: true, skip: 200, take: 50, after: null });
    expect(readPage(new URLSearchParams('$skipToken=abc'))).toMatchObject({ ok: false, parameter: '$skipToken' });
    expect(readPage(new URLSearchParams('$top=0'))).toMatchObject({ ok: false, parameter: '$top' });
    expect(nextLink('http://h/x?api-version=v&$skipToken=100', '200')).toBe('http://h/x?api-version=v&%24skipToken=200');
  });

  it('hands out a keyset token that reads back as the row it continues after, and refuses any other', () => {
    const cursor = { at: new Date('2026-11-30T10:15:00.123Z'), id: '3f2b8c1e-0000-4000-8000-000000000001' };
    const token = cursorToken(cursor);
    expect(readPage(new URLSearchParams({ $skipToken: token }))).toEqual({ ok: true, skip: 0, take: 100, after: cursor });
    expect(pageOf([1], true, 'http://h/x?api-version=v', { skip: 0, take: 1 }, token).nextLink).toBe(`http://h/x?api-version=v&%24skipToken=${token}`);
    const forged = (text: string) => `k${Buffer.from(text).toString('base64url')}`;
    for (const bad of [forged('1.x y'), forged('now.abc'), forged('1.a.b'), forged('1.'), 'k', `k${'A'.repeat(200)}`, token.slice(0, -1) + '!']) {
      expect(readPage(new URLSearchParams({ $skipToken: bad }))).toMatchObject({ ok: false, parameter: '$skipToken' });
    }
  });
});

describe('reprotect input', () => {
  const input = {
    properties: {
      failoverDirection: 'RecoveryToPrimary' as const,
      providerSpecificDetails: { instanceType: 'InMage' as const, masterTargetId: 'mt-1', processServerId: ids.fabric('ps-1'), retentionDrive: 'R:', datastoreName: 'ds-1', profileId: ids.policy('p-failback') },
    },
  };

  it('becomes the blade input, with the names it gives resolved or kept for the rules to refuse', () => {
    expect(toReprotectInput('item-1', input, { retentionVolumeId: 'vol-1', datastoreId: 'ds-id' })).toEqual({
      itemId: 'item-1',
      direction: 'AzureToOnPremises',
      masterTargetId: 'mt-1',
      processServerId: 'ps-1',
      datastoreId: 'ds-id',
      retentionVolumeId: 'vol-1',
    });
    expect(toReprotectInput('item-1', input, {})).toMatchObject({ datastoreId: 'ds-1', retentionVolumeId: 'R:' });
  });

  it('refuses a profile other than the failback policy, run-as accounts and disk selections', () => {
    expect(reprotectInputProblems(input, 'p-failback')).toEqual({});
    const problems = reprotectInputProblems({ ...input, properties: { ...input.properties, providerSpecificDetails: { ...input.properties.providerSpecificDetails, runAsAccountId: 'a', disksToInclude: ['d'] } } }, 'other-failback');
    expect(Object.keys(problems).sort()).toEqual([
      'properties.providerSpecificDetails.disksToInclude',
      'properties.providerSpecificDetails.profileId',
      'properties.providerSpecificDetails.runAsAccountId',
    ]);
  });
});

describe('jobs and operations', () => {
  const job = {
    id: 'job-1',
    friendlyName: 'Reprotect',
    scenarioName: 'ReverseReplication',
    targetObjectName: 'app-stopped-01',
    state: 'Failed' as const,
    stateDescription: 'Failed',
    cancelRequested: false,
    createdAt: '2026-11-30T10:00:00.000Z',
    startTime: '2026-11-30T10:00:01.000Z',
    endTime: '2026-11-30T10:01:00.000Z',
    replicatedItemId: 'item-1',
    recoveryPlanId: null,
  };

  it('a job reports its errors with the numeric ASR code, its tasks and what may be done with it', () => {
    const armJob = toArmJob(job, ids, {
      tasks: [{ id: 't1', order: 0, name: 'StartReverseReplication', friendlyName: 'Starting reverse replication', state: 'Failed', progress: 10, startTime: null, endTime: null, ranInAttempt: 1 }],
      errors: [{ id: 'e1', taskName: 'Starting reverse replication', errorCode: '78093', errorMessage: 'The VM is not running.', possibleCauses: 'c', recommendedAction: 'r', errorLevel: 'Error', creationTime: '2026-11-30T10:01:00.000Z', attempt: 1 }],
    });
    expect(armJob.properties).toMatchObject({ state: 'Failed', allowedActions: ['Restart'], targetObjectId: 'item-1', targetInstanceType: 'ProtectionEntity' });
    expect(armJob.properties.errors[0]).toMatchObject({ serviceErrorDetails: { code: '78093' }, providerErrorDetails: { errorCode: 78093 }, taskId: 't1' });
    expect(armJob.properties.tasks[0]!.errors).toHaveLength(1);
  });

  it('an operation follows its job; a cancel succeeds when the job ends cancelled', () => {
    const of = (state: typeof job.state | 'InProgress' | 'Cancelled' | 'Succeeded') => ({ id: 'job-1', state, startTime: null, endTime: null, error: { errorCode: '78093', errorMessage: 'The VM is not running.' } });
    expect(operationStatus(of('InProgress'), 'reProtect', 'op').status).toBe('InProgress');
    expect(operationStatus(of('Failed'), 'restart', 'op')).toMatchObject({ status: 'Failed', error: { code: '78093' } });
    expect(operationStatus(of('Cancelled'), 'reProtect', 'op').status).toBe('Canceled');
    expect(operationStatus(of('Cancelled'), 'cancel', 'op').status).toBe('Succeeded');
    expect(operationStatus(of('Succeeded'), 'cancel', 'op')).toMatchObject({ status: 'Failed', error: { code: 'JobNotCancelled' } });
  });
});
