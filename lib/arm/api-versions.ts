// The api-version values the automation API answers: the one the official
// @azure/arm-recoveryservices-siterecovery 5.x client sends, and the stable versions of
// the Site Recovery REST API published after it. The resources this portal serves have
// the same shape in all of them.

export const SDK_API_VERSION = '2023-06-01';

export const SUPPORTED_API_VERSIONS = [
  SDK_API_VERSION,
  '2023-08-01',
  '2024-01-01',
  '2024-02-01',
  '2024-04-01',
  '2024-10-01',
  '2025-01-01',
  '2025-02-01',
  '2025-08-01',
] as const;

export type ApiVersion = (typeof SUPPORTED_API_VERSIONS)[number];

export type ApiVersionCheck = { ok: true; version: ApiVersion } | { ok: false; code: 'MissingApiVersionParameter' | 'InvalidApiVersionParameter'; message: string };

const supportedList = () => SUPPORTED_API_VERSIONS.map((version) => `'${version}'`).join(', ');

/** Reads api-version from a query string as ARM does: required, one of the supported values (case-insensitive). */
export function checkApiVersion(search: URLSearchParams): ApiVersionCheck {
  const values = search.getAll('api-version');
  if (values.length === 0 || values.every((value) => value.trim() === '')) {
    return {
      ok: false,
      code: 'MissingApiVersionParameter',
      message: `The api-version query parameter (?api-version=) is required for all requests. The supported api-versions are ${supportedList()}.`,
    };
  }
  const given = values[0]!.trim();
  const version = SUPPORTED_API_VERSIONS.find((candidate) => candidate === given.toLowerCase());
  if (values.length > 1 || !version) {
    const shown = given.slice(0, 40);
    return {
      ok: false,
      code: 'InvalidApiVersionParameter',
      message: `The api-version '${shown}' is invalid. The supported versions are ${supportedList()}.`,
    };
  }
  return { ok: true, version };
}
