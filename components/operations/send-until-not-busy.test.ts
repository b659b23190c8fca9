import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUSY_RETRY_AFTER_SECONDS, busyFailure, failure, type ActionResult } from '@/lib/schemas/action-result';
import { sendUntilNotBusy } from './send-until-not-busy';

type Answer = ActionResult<{ jobId: string }>;
const started: Answer = { ok: true, data: { jobId: 'job-1' } };

function server(answers: Answer[]) {
  const calls: string[] = [];
  const send = vi.fn(async (input: string) => {
    calls.push(input);
    return answers[Math.min(calls.length, answers.length) - 1]!;
  });
  return { send, calls };
}

describe('sendUntilNotBusy', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the same request again after Retry-After while the vault is busy', async () => {
    const { send, calls } = server([busyFailure(), busyFailure(), started]);
    const answer = sendUntilNotBusy(send)('reprotect dc-01');
    await vi.advanceTimersByTimeAsync(BUSY_RETRY_AFTER_SECONDS * 1000 - 1);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(BUSY_RETRY_AFTER_SECONDS * 1000 * 2);
    await expect(answer).resolves.toEqual(started);
    expect(calls).toEqual(['reprotect dc-01', 'reprotect dc-01', 'reprotect dc-01']);
  });

  it('gives the busy answer to the operator after three attempts', async () => {
    const { send } = server([busyFailure()]);
    const answer = sendUntilNotBusy(send)('x');
    await vi.advanceTimersByTimeAsync(BUSY_RETRY_AFTER_SECONDS * 1000 * 5);
    await expect(answer).resolves.toMatchObject({ ok: false, error: { kind: 'busy' } });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('never repeats a refusal or a success', async () => {
    for (const first of [failure('refused', 'The master target has snapshots.'), started]) {
      const { send } = server([first, started]);
      await expect(sendUntilNotBusy(send)('x')).resolves.toEqual(first);
      expect(send).toHaveBeenCalledTimes(1);
    }
  });
});
