import * as z from 'zod/mini';

/** The id of one of the portal's rows as a link, a route or a call carries it (ids are UUIDs; links are hand-editable). */
export const resourceIdSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9-]+$/, 'Not an id'));

/** Whether a value can be a row's id at all: anything else names no row, and is not looked up. */
export function isResourceId(value: unknown): value is string {
  return resourceIdSchema.safeParse(value).success;
}
