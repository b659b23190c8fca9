import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson, HttpError, NotFoundError } from './get-json';

// Against a real HTTP server on loopback: each path answers with the status it names.
let server: Server;
let base: string;
const seen: { accept?: string }[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ accept: request.headers.accept });
    const status = Number(request.url?.slice(1).split('?')[0]);
    if (request.url?.endsWith('?text')) {
      response.writeHead(status, { 'content-type': 'text/html' }).end('<p>proxy error</p>');
      return;
    }
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('getJson', () => {
  it('returns the body of a success, asking for JSON', async () => {
    expect(await getJson(`${base}/200`, { what: 'The list' })).toEqual({ status: 200 });
    expect(seen.at(-1)?.accept).toBe('application/json');
  });

  it('says what was not found on a 404', async () => {
    const error = await getJson(`${base}/404`, { what: 'The job' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).message).toBe('The job was not found.');
  });

  it.each([400, 409, 500, 503])('fails on HTTP %i with the status in the message', async (status) => {
    const error = await getJson(`${base}/${status}`, { what: 'The list of jobs' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).not.toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status, message: `The list of jobs could not be loaded (HTTP ${status}).` });
  });

  it('returns a refusal body when the route answers refusals in its body, but not a server error or a page that is not JSON', async () => {
    const options = { what: 'The validation', refusalsInBody: true };
    expect(await getJson(`${base}/422`, options)).toEqual({ status: 422 });
    expect(await getJson(`${base}/404`, options)).toEqual({ status: 404 });
    await expect(getJson(`${base}/500`, options)).rejects.toThrow('The validation could not be loaded (HTTP 500).');
    await expect(getJson(`${base}/400?text`, options)).rejects.toThrow('(HTTP 400)');
  });

  it('stops when its query is cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(getJson(`${base}/200`, { what: 'The list', signal: controller.signal })).rejects.toThrow(/abort/i);
  });
});
