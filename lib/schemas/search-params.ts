// URL search parameters as Next.js pages and URLSearchParams hand them over, read
// the same way by every list's zod schema (server and browser alike).
import * as z from 'zod/mini';

type RawParam = string | string[] | null | undefined;
export type RawSearchParams = Record<string, RawParam>;

// A repeated key counts once and an empty value means "not set", as in the portal's own links.
export function singleValue(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string') return undefined;
  const trimmed = first.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A schema step that reduces a raw parameter to one trimmed string, or undefined. */
export const single = z.transform(singleValue);

/** Every parameter's values by name; names such as "constructor" or "__proto__" are plain keys like any other. */
export function searchParamsToRecord(params: URLSearchParams): RawSearchParams {
  const values = new Map<string, string[]>();
  for (const [key, value] of params) {
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  return Object.fromEntries(values);
}

/** An optional parameter: absent or empty is undefined, anything else must pass `schema`. */
export function optionalParam<T extends z.core.$ZodType<unknown, string>>(schema: T) {
  return z.pipe(single, z.optional(schema));
}

/** A page number. Out-of-range pages are clamped rather than refused: a shorter list must not break a bookmark. */
export function pageParam(maxPage: number) {
  return z.pipe(
    single,
    z.pipe(
      z._default(z.string().check(z.regex(/^-?\d{1,9}$/, 'Page must be a whole number')), '1'),
      z.transform((text) => Math.min(Math.max(Number(text), 1), maxPage)),
    ),
  );
}
