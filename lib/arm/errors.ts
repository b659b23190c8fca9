import type { ActionFailure } from '../schemas/action-result';
import type { Reason } from '../domain/reprotect/reasons';

// Errors in Azure Resource Manager's shape: { error: { code, message, target?, details? } },
// with the HTTP status saying the class. One mapping from the portal's failures (the
// same ones the blade and the server actions show) to that shape.

export interface ArmErrorDetail {
  code: string;
  message: string;
  target?: string;
  details?: ArmErrorDetail[];
}

export interface ArmError {
  status: number;
  body: { error: ArmErrorDetail };
}

export function armError(status: number, code: string, message: string, extra: { target?: string; details?: ArmErrorDetail[] } = {}): ArmError {
  return {
    status,
    body: {
      error: {
        code,
        message,
        ...(extra.target ? { target: extra.target } : {}),
        ...(extra.details && extra.details.length > 0 ? { details: extra.details } : {}),
      },
    },
  };
}

export const resourceNotFound = (message: string) => armError(404, 'ResourceNotFound', message);

/** Where in a request body (or path) a field of the portal's forms lives, per operation. */
export type TargetMap = Readonly<Record<string, string>>;

/** The fields of the Re-Protect blade as InMageReprotectInput names them. */
export const REPROTECT_TARGETS: TargetMap = {
  item: 'replicatedProtectedItemName',
  masterTargetId: 'properties.providerSpecificDetails.masterTargetId',
  processServerId: 'properties.providerSpecificDetails.processServerId',
  datastoreId: 'properties.providerSpecificDetails.datastoreName',
  retentionVolumeId: 'properties.providerSpecificDetails.retentionDrive',
  failbackPolicy: 'properties.providerSpecificDetails.profileId',
};

/** The fields of a forward policy as InMagePolicyInput names them. */
export const POLICY_TARGETS: TargetMap = {
  friendlyName: 'policyName',
  recoveryPointThresholdInMinutes: 'properties.providerSpecificInput.recoveryPointThresholdInMinutes',
  recoveryPointHistoryInMinutes: 'properties.providerSpecificInput.recoveryPointHistory',
  appConsistentFrequencyInMinutes: 'properties.providerSpecificInput.appConsistentFrequencyInMinutes',
  multiVmSyncStatus: 'properties.providerSpecificInput.multiVmSyncStatus',
};

const targetOf = (field: string, targets: TargetMap) => targets[field] ?? (field === 'form' ? undefined : field);

function reasonDetail(reason: Reason, targets: TargetMap): ArmErrorDetail {
  const target = targetOf(reason.field, targets);
  return { code: reason.code, message: reason.message, ...(target ? { target } : {}) };
}

const STATUS_AND_CODE: Record<ActionFailure['kind'], [number, string]> = {
  invalid: [400, 'InvalidRequestContent'],
  unauthenticated: [401, 'AuthenticationFailed'],
  forbidden: [403, 'AuthorizationFailed'],
  refused: [400, 'OperationNotAllowed'],
  conflict: [409, 'Conflict'],
  'not-found': [404, 'ResourceNotFound'],
  busy: [503, 'ServiceUnavailable'],
  unexpected: [500, 'InternalServerError'],
};

/**
 * A failure of the portal as ARM answers it. A rule refusal carries each blocking reason
 * (its code, message and the body field it is about); the first one's code is the error's
 * code, so that a client sees which rule said no. Field errors of input that does not
 * parse become details with their targets.
 */
export function armErrorFromFailure(failure: ActionFailure, targets: TargetMap = {}, code?: string): ArmError {
  const [status, defaultCode] = STATUS_AND_CODE[failure.kind];
  const blocking = failure.reasons.filter((reason) => reason.severity === 'error');
  const details =
    blocking.length > 0
      ? blocking.map((reason) => reasonDetail(reason, targets))
      : Object.entries(failure.fieldErrors).map(([field, message]) => {
          const target = targetOf(field, targets);
          return { code: defaultCode, message, ...(target ? { target } : {}) };
        });
  // A conflict is named by the reason that makes it one: another operation holds the item.
  const first = (failure.kind === 'conflict' ? blocking.find((reason) => reason.code === 'ITEM_OPERATION_IN_PROGRESS') : undefined) ?? blocking[0];
  const target = first ? targetOf(first.field, targets) : details.length === 1 ? details[0]!.target : undefined;
  return armError(status, code ?? first?.code ?? defaultCode, failure.message, { target, details });
}
