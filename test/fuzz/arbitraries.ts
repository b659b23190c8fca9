import fc from 'fast-check';

// Hostile and random values for the fuzz suite: what a careless script or an attacker
// sends where the portal expects an id, a query value or a form's fields.

/** Strings chosen to break things: NUL, lone surrogates, injections, prototype names, numbers that are not. */
export const HOSTILE_STRINGS = [
  '\u0000',
  'dc-02\u0000',
  '\uD800',
  'x\uDC00y',
  '\uDBFF\uDFFF',
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  '',
  ' ',
  '\t\r\n',
  '..',
  '../../etc/passwd',
  '%00',
  '%E0%A4%A',
  '%',
  "' OR 1=1 --",
  '"; DROP TABLE "Job"; --',
  '<script>alert(1)</script>',
  '${7*7}',
  'NaN',
  '-1',
  '0',
  '1e309',
  '99999999999999999999999999',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '\\',
  '/',
  '💥🧨',
  'ᚠᛇᚻ᛫ᛒᛦᚦ',
  '\u202Egnp.exe',
  '00000000-0000-0000-0000-000000000000',
];

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 200, maxLength: 2_000 }) },
    // Huge: far past any field's limit.
    { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 200_000 }).map((length) => 'A'.repeat(length)) },
  );
}

/** A field name: the portal's own, prototype names, or anything. */
export function fieldName(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known) },
    { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'then') },
    { weight: 1, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 12 }) },
  );
}

/** Nested arrays deeper than any schema expects: [[[[...]]]]. */
export function deepArray(): fc.Arbitrary<unknown> {
  return fc.integer({ min: 10, max: 1_000 }).map((depth) => {
    let value: unknown = 'bottom';
    for (let level = 0; level < depth; level += 1) value = [value];
    return value;
  });
}

/** An object whose own keys are the names that pollute prototypes when merged carelessly. */
export function prototypePoison(): fc.Arbitrary<unknown> {
  return fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
    JSON.parse('{"__proto__": null, "toString": "x", "valueOf": 1}'),
  );
}

/** Values the portal's forms do send, so that random objects sometimes pass a field or two. */
export const PLAUSIBLE_STRINGS = [
  'owner@contoso.com',
  'someone@contoso.com',
  'Owner',
  'Operator',
  'Reader',
  'AzureToOnPremises',
  'Windows',
  'Linux',
  'NTFS',
  'ReFS',
  'C:',
  'R:',
  'ReadWrite',
  'ReadOnly',
  'startAgent',
  'stopAgent',
  'startAzureVm',
  'None',
  'Private',
  '10.10.9.9',
  'Azure',
  'vnet-dr',
  'policy-1',
  'mt-new-01',
];

/**
 * A value of any type, shaped now and then like the objects the portal expects: `known`
 * field names holding ids from `ids`, hostile strings, wrong types or deep nesting.
 */
export function hostileValue(known: readonly string[], ids: readonly string[]): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(
    { weight: 3, arbitrary: hostileString() },
    { weight: 2, arbitrary: fc.constantFrom(...(ids.length ? ids : ['no-ids'])) },
    { weight: 2, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS) },
    { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)) },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 1e308) },
  );
  const { value } = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 5, arbitrary: leaf },
      { weight: 2, arbitrary: fc.dictionary(fieldName(known), tie('value'), { maxKeys: 6 }) },
      { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
    ),
  }));
  return fc.oneof(
    { weight: 6, arbitrary: value },
    { weight: 1, arbitrary: prototypePoison() },
    { weight: 1, arbitrary: deepArray() },
    { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, maxDepth: 3 }) },
  );
}

/** The names of the fields the portal's forms and queries use, so that random objects often look almost right. */
export const KNOWN_FIELDS = [
  'itemId',
  'planId',
  'jobId',
  'policyId',
  'masterTargetId',
  'processServerId',
  'datastoreId',
  'retentionVolumeId',
  'direction',
  'rows',
  'friendlyName',
  'recoveryPointThresholdInMinutes',
  'recoveryPointHistoryInMinutes',
  'appConsistentFrequencyInMinutes',
  'multiVmSyncStatus',
  'name',
  'ipAddress',
  'osType',
  'osName',
  'osVersion',
  'esxiHostId',
  'isCombinedPsMt',
  'volumes',
  'volumeName',
  'volumeId',
  'fileSystem',
  'capacityGb',
  'freeSpaceGb',
  'location',
  'networks',
  'change',
  'hostId',
  'access',
  's2sVpn',
  'expressRoute',
  'expressRoutePeering',
  'email',
  'password',
  'role',
  'expiresInDays',
];

/** Query parameter names the portal reads, and some it does not. */
export const KNOWN_QUERY_PARAMETERS = [
  'q',
  'state',
  'os',
  'sort',
  'dir',
  'page',
  'status',
  'type',
  'range',
  'item',
  'plan',
  'timespan',
  'operation',
  'result',
  'caller',
  'scope',
  'masterTargetId',
  'processServerId',
  'datastoreId',
  'retentionVolumeId',
  'direction',
  'api-version',
  '$filter',
  '$top',
  '$skiptoken',
];

/** A value as a JSON body: big integers as strings; what JSON cannot hold, as its plain text. */
export function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value, (_, item: unknown) => (typeof item === 'bigint' ? String(item) : item)) ?? 'null';
  } catch {
    return String(value);
  }
}
