'use client';

import { BUSY_RETRY_AFTER_SECONDS, type ActionResult } from '@/lib/schemas/action-result';

const ATTEMPTS = 3;

/**
 * Sends a Server Action again when the vault answers `busy`: the database rolled that attempt
 * back whole, so the same request is safe to repeat, as an ARM client does on 503 with
 * Retry-After. The operator sees the busy message only if the vault stays busy.
 */
export function sendUntilNotBusy<Input, Output>(send: (input: Input) => Promise<ActionResult<Output>>) {
  return async (input: Input): Promise<ActionResult<Output>> => {
    for (let attempt = 1; ; attempt += 1) {
      const result = await send(input);
      if (result.ok || result.error.kind !== 'busy' || attempt >= ATTEMPTS) return result;
      await new Promise((resolve) => setTimeout(resolve, BUSY_RETRY_AFTER_SECONDS * 1000));
    }
  };
}
