// Name filters match the operator's text as typed: in a LIKE pattern `%` and `_` are wildcards
// (and `\` escapes them), so a search for "web_01" would otherwise also find "web-01".

/** The text with LIKE's wildcards and escape character escaped, to match only literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A Prisma filter: the field contains `text`, ignoring case. */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: 'insensitive' as const };
}
