import type { z } from 'zod';
import { failure, invalidInput, type ActionFailure } from '../schemas/action-result';
import { Prisma } from './generated/prisma/client';

type Failed = { ok: false; error: ActionFailure };

/** Zod issues as form field errors, keyed by path as react-hook-form names fields ("volumes.0.volumeName"). */
export function invalid(error: z.ZodError): Failed {
  return invalidInput(error);
}

/** Thrown inside a transaction to roll it back and answer with this failure. */
export class Refusal extends Error {
  constructor(readonly result: Failed) {
    super(result.error.message);
  }
}

export function refuseWith(kind: ActionFailure['kind'], message: string, field?: string): never {
  throw new Refusal(failure(kind, message, field ? { [field]: message } : {}));
}

/**
 * Runs a change; a Refusal becomes its failure, and a unique-name clash that
 * slipped past the checks (two requests at once) becomes a conflict on `nameField`.
 */
export async function refusable<T>(
  run: () => Promise<T>,
  nameField?: string,
): Promise<{ ok: true; data: T } | Failed> {
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    if (error instanceof Refusal) return error.result;
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const message = 'That name was taken by another change at the same moment. Choose another name.';
      return failure('conflict', message, nameField ? { [nameField]: message } : {});
    }
    throw error;
  }
}
