import type { z } from 'zod';
import type { Reason } from '../domain/reprotect/reasons';

/**
 * `busy`: the database could not take the request in time (other work held it); nothing
 * was changed and the same request may be sent again.
 */
export type FailureKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'refused' | 'conflict' | 'not-found' | 'busy' | 'unexpected';

export interface ActionFailure {
  kind: FailureKind;
  message: string;
  /** Per form field, the first message to show under it. */
  fieldErrors: Record<string, string>;
  reasons: Reason[];
}

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionFailure };

export const HTTP_STATUS: Record<FailureKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  refused: 422,
  conflict: 409,
  'not-found': 404,
  busy: 503,
  unexpected: 500,
};

export function failure(
  kind: FailureKind,
  message: string,
  fieldErrors: Record<string, string> = {},
  reasons: Reason[] = [],
): { ok: false; error: ActionFailure } {
  return { ok: false, error: { kind, message, fieldErrors, reasons } };
}

/** How long a caller told `busy` waits before sending the same request again. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export const busyFailure = () =>
  failure('busy', 'The vault is busy with other changes and nothing was changed. Try again in a moment.');

/** The first message per field of a failed parse (nested fields joined with dots). */
export function zodFieldErrors(error: z.ZodError, fallbackField = 'form'): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.map(String).join('.') || fallbackField] ??= issue.message;
  return errors;
}

/** The answer to input that does not parse: every field's first message. */
export function invalidInput(error: z.ZodError, fallbackField = 'form') {
  return failure('invalid', 'Some values are not valid.', zodFieldErrors(error, fallbackField));
}
