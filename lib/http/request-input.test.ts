import { describe, expect, it } from 'vitest';
import { isJsonContentType, MAX_JSON_BODY_BYTES, readJsonBody, unstorableUrlInput } from './request-input';

function patch(body: string, contentType?: string) {
  // Bytes, not a string: a string body would bring its own text/plain type.
  return new Request('http://localhost/api/vaults/v/policies/p', { method: 'PATCH', body: new TextEncoder().encode(body), headers: contentType ? { 'content-type': contentType } : {} });
}

async function refusal(result: Awaited<ReturnType<typeof readJsonBody>>) {
  if (result.ok) throw new Error('expected a refusal');
  return { status: result.response.status, body: (await result.response.json()) as { error: string; kind: string } };
}

describe('a JSON request body', () => {
  it('is read when it says it is JSON', async () => {
    expect(await readJsonBody(patch('{"recoveryPointThresholdInMinutes":30}', 'application/json; charset=utf-8'))).toEqual({ ok: true, body: { recoveryPointThresholdInMinutes: 30 } });
    expect(isJsonContentType('application/merge-patch+json')).toBe(true);
    expect(isJsonContentType('text/json')).toBe(false);
  });

  it('is 415 with another content type, naming it', async () => {
    expect(await refusal(await readJsonBody(patch('x', 'text/plain')))).toEqual({
      status: 415,
      body: expect.objectContaining({ error: "The request body must be JSON, sent with Content-Type: application/json (this request sent 'text/plain').", kind: 'invalid' }),
    });
    expect((await refusal(await readJsonBody(patch('{}')))).body.error).toMatch(/this request sent no Content-Type/);
  });

  it('is 413 past the limit, whether declared or not', async () => {
    const big = `"${'x'.repeat(MAX_JSON_BODY_BYTES)}"`;
    expect((await refusal(await readJsonBody(patch(big, 'application/json')))).status).toBe(413);
  });

  it('is 400 when empty, not JSON, or holding text that cannot be stored', async () => {
    expect((await refusal(await readJsonBody(patch('', 'application/json')))).body.error).toBe('The request body is empty: send a JSON object.');
    expect((await refusal(await readJsonBody(patch('{"a":', 'application/json')))).body.error).toMatch(/^The request body is not valid JSON: /);
    expect((await refusal(await readJsonBody(patch('{"friendlyName":"a\\u0000"}', 'application/json')))).body.error).toBe(
      "The request body's field 'friendlyName' contains a NUL character (U+0000), which cannot be stored.",
    );
  });
});

describe('path segments and query values of a route', () => {
  it('are refused with a 400 naming the first that cannot be stored', async () => {
    const response = unstorableUrlInput({ vaultName: 'v', jobId: 'a\u0000' }, new URLSearchParams());
    expect(response?.status).toBe(400);
    expect(await response?.json()).toMatchObject({ error: "Invalid path segment 'jobId': it contains a NUL character (U+0000), which cannot be stored." });
    expect(unstorableUrlInput({ vaultName: 'v' }, new URLSearchParams('q=ok'))).toBeNull();
  });
});
