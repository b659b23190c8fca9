import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument, VAULT_PATH } from './openapi';

// The OpenAPI document lists exactly the automation API's routes and methods (read from
// the route files), and every schema it refers to is in it.

const VAULT_DIR = path.join(process.cwd(), 'app', 'subscriptions', '[subscriptionId]', 'resourceGroups', '[resourceGroupName]', 'providers', 'Microsoft.RecoveryServices', 'vaults', '[vaultName]');

function routes(dir: string): Array<{ path: string; methods: string[] }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routes(full);
    if (entry.name !== 'route.ts') return [];
    const relative = path.relative(VAULT_DIR, dir).split(path.sep).join('/').replace(/\[(\w+)\]/g, '{$1}');
    const methods = [...readFileSync(full, 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((match) => match[1]!.toLowerCase());
    return [{ path: `${VAULT_PATH}/${relative}`, methods }];
  });
}

describe('the OpenAPI document of the automation API', () => {
  const document = JSON.parse(JSON.stringify(openApiDocument())) as {
    openapi: string;
    paths: Record<string, Record<string, { parameters: Array<{ name: string }>; responses: Record<string, unknown> }>>;
    components: { schemas: Record<string, unknown> };
  };

  it('is OpenAPI 3 and lists every route and method served, and no other', () => {
    expect(document.openapi).toMatch(/^3\./);
    const served = routes(VAULT_DIR).flatMap((route) => route.methods.map((method) => `${method} ${route.path}`)).sort();
    const listed = Object.entries(document.paths).flatMap(([route, operations]) => Object.keys(operations).map((method) => `${method} ${route}`)).sort();
    expect(served.length).toBeGreaterThan(20);
    expect(listed).toEqual(served);
  });

  it('requires api-version on every operation and names every path parameter', () => {
    for (const [route, operations] of Object.entries(document.paths)) {
      const names = [...route.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
      for (const operation of Object.values(operations)) {
        const parameters = operation.parameters.map((parameter) => parameter.name);
        expect(parameters).toContain('api-version');
        for (const name of names) expect(parameters).toContain(name);
        expect(operation.responses.default).toBeDefined();
      }
    }
  });

  it('defines every schema it refers to, from the zod schemas the routes parse with', () => {
    const refs = [...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]!);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(document.components.schemas, ref).toHaveProperty(ref);
    expect(document.components.schemas.InMageReprotectInput).toMatchObject({ required: expect.arrayContaining(['masterTargetId', 'processServerId', 'retentionDrive', 'profileId']) });
  });
});
