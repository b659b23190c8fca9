import 'server-only';
import { busyFailure, failure, type ActionFailure, type ActionResult } from '../schemas/action-result';
import { Prisma } from './generated/prisma/client';

// How a mutation of the data layer says no: a Refusal thrown inside its transaction
// rolls everything back and becomes the failure the caller answers with. Every
// mutation refuses this way, and maps a unique-key clash and a busy database the same way.

type Failed = { ok: false; error: ActionFailure };

/** Thrown inside a transaction to roll it back and answer with `result`. */
export class Refusal extends Error {
  constructor(readonly result: Failed) {
    super(result.error.message);
  }
}

/** Refuses with a failure of this kind, its message under `field` when the form has one. */
export function refuseWith(kind: ActionFailure['kind'], message: string, field?: string): never {
  throw new Refusal(failure(kind, message, field ? { [field]: message } : {}));
}

/**
 * A unique key (or the one-active-job-per-item index) turned a write down: another
 * request wrote the same thing at the same moment, after this one's checks had passed.
 */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return error.code === 'P2002' || rawQueryErrorCode(error) === UNIQUE_VIOLATION;
}

const UNIQUE_VIOLATION = '23505';
/** PostgreSQL's codes for a transaction that lost a write conflict or a deadlock. */
const LOST_TO_ANOTHER = new Set(['40001', '40P01']);

/** PostgreSQL's own error code of a failed raw statement (P2010), which Prisma does not map to its codes. */
function rawQueryErrorCode(error: Prisma.PrismaClientKnownRequestError): string | undefined {
  if (error.code !== 'P2010') return undefined;
  const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined)?.driverAdapterError?.cause;
  return typeof cause?.originalCode === 'string' ? cause.originalCode : undefined;
}

/**
 * The database could not take the work in time: a transaction could not start or ran out
 * of time (P2028), no connection was free (P2024), or it lost a write conflict or deadlock
 * (P2034). PostgreSQL rolled it back whole, so the same request can be sent again.
 */
const BUSY_CODES = new Set(['P2024', 'P2028', 'P2034']);

export function isDatabaseBusy(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  return BUSY_CODES.has(error.code) || LOST_TO_ANOTHER.has(rawQueryErrorCode(error) ?? '');
}

/** What a unique-key clash means to the operator, and the field to show it under. */
export interface Clash {
  message: string;
  field?: string;
}

/** The clash of a name given in a form field. */
export const nameClash = (field: string): Clash => ({
  message: 'That name was taken by another change at the same moment. Choose another name.',
  field,
});

const SOMETHING_CLASHED: Clash = { message: 'Another change was made at the same moment. Reload and try again.' };

/**
 * Runs a change: a Refusal becomes its failure, and a unique-key clash that slipped
 * past the checks (two requests at once) becomes a conflict saying `clash`. A busy
 * database is `busy`. Anything else is unexpected and propagates.
 */
export async function refusable<T>(run: () => Promise<T>, clash: Clash = SOMETHING_CLASHED): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (isUniqueViolation(error)) return failure('conflict', clash.message, clash.field ? { [clash.field]: clash.message } : {});
    if (isDatabaseBusy(error)) return busyFailure();
    throw error;
  }
}
