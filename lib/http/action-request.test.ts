import { describe, expect, it } from 'vitest';
import { actionBodyProblem, apiRequestProblem, isApiPath, isArmPath, MAX_ACTION_BODY_BYTES, pageRequestProblem } from './action-request';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('requests to pages and server action calls', () => {
  it('pages are read with GET or HEAD', () => {
    expect(pageRequestProblem('GET', false, null, null)).toBeNull();
    expect(pageRequestProblem('HEAD', false, null, null)).toBeNull();
    expect(pageRequestProblem('PUT', false, 'application/json', '2')).toMatchObject({ status: 405, message: expect.stringMatching(/PUT is not accepted/) });
    expect(pageRequestProblem('POST', false, 'multipart/form-data; boundary=x', '7')?.status).toBe(405);
  });

  it('a server action call sends JSON text of at most the body limit', () => {
    expect(pageRequestProblem('POST', true, 'text/plain;charset=UTF-8', '20')).toBeNull();
    expect(pageRequestProblem('POST', true, 'multipart/form-data; boundary=x', '20')).toMatchObject({ status: 415, message: expect.stringMatching(/Content-Type: text\/plain/) });
    expect(pageRequestProblem('POST', true, null, '20')?.status).toBe(415);
    expect(pageRequestProblem('POST', true, 'text/plain', String(MAX_ACTION_BODY_BYTES + 1))).toMatchObject({ status: 413, message: expect.stringMatching(/larger than 1 MB/) });
  });

  it('accepts the arguments the portal sends, in React\'s encoding', () => {
    expect(actionBodyProblem(bytes('["contoso-dr-vault",{"itemId":"a","note":"$$dollars","when":"$D2026-11-30T00:00:00.000Z","n":"$n12","u":"$undefined"}]'))).toBeNull();
    expect(actionBodyProblem(bytes('[]'))).toBeNull();
  });

  it('refuses a body Next.js could not decode, saying what is wrong', () => {
    expect(actionBodyProblem(bytes('["x",{'))).toEqual({ status: 400, message: 'The server action call is not valid JSON: its arguments could not be read.' });
    expect(actionBodyProblem(bytes('{"a":1}'))?.message).toMatch(/as a JSON array/);
    expect(actionBodyProblem(bytes('["x","$1"]'))?.message).toBe("The server action call cannot be read: the argument value '$1' refers to a part the call does not have.");
    expect(actionBodyProblem(bytes('["$nzz"]'))?.status).toBe(400);
    expect(actionBodyProblem(bytes('["$@1"]'))?.status).toBe(400);
    expect(actionBodyProblem(new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d]))?.message).toMatch(/not valid UTF-8/);
    expect(actionBodyProblem(bytes(`${'['.repeat(40)}${']'.repeat(40)}`))?.message).toMatch(/nested more than 32 levels/);
    expect(actionBodyProblem(new Uint8Array(MAX_ACTION_BODY_BYTES + 1).fill(0x20))?.status).toBe(413);
    expect(actionBodyProblem(bytes('\uFEFF[]'))?.message).toMatch(/not valid JSON/);
  });

  it('a write to the API sent as a form is 415: the API reads JSON', () => {
    expect(apiRequestProblem('POST', 'multipart/form-data; boundary=x')).toMatchObject({ status: 415, message: expect.stringMatching(/reads JSON bodies/) });
    expect(apiRequestProblem('PATCH', 'application/x-www-form-urlencoded')?.status).toBe(415);
    expect(apiRequestProblem('PATCH', 'application/json')).toBeNull();
    expect(apiRequestProblem('GET', 'multipart/form-data')).toBeNull();
  });

  it('the JSON routes and the automation API are API paths, read by programs; everything else is a page', () => {
    expect(isApiPath('/api/vaults/v/jobs')).toBe(true);
    expect(isApiPath('/subscriptions/s/resourceGroups/g/providers/Microsoft.RecoveryServices/vaults/v/replicationJobs')).toBe(true);
    expect(isApiPath('/vaults/v/jobs')).toBe(false);
    expect(isApiPath('/apis')).toBe(false);
    expect(isArmPath('/subscriptions/s/resourceGroups/g')).toBe(true);
    expect(isArmPath('/api/vaults')).toBe(false);
  });
});
