// The small part of OData's $filter that Site Recovery lists take: comparisons of a
// field with a value, joined by "and" (e.g. "protectionState eq 'Protected'").

export type ODataOperator = 'eq' | 'ne' | 'ge' | 'gt' | 'le' | 'lt';

export interface ODataClause {
  field: string;
  op: ODataOperator;
  value: string;
}

export type ODataParse = { ok: true; clauses: ODataClause[] } | { ok: false; message: string };

const CLAUSE = /^\s*([A-Za-z][A-Za-z0-9_.]*)\s+(eq|ne|ge|gt|le|lt)\s+('(?:[^']|'')*'|[^\s']+)\s*/i;
const AND = /^and\s+/i;
const MAX_FILTER_LENGTH = 1000;

/** Parses $filter; every field must be one of `fields`, with one of its operators. */
export function parseODataFilter(text: string | null, fields: Readonly<Record<string, readonly ODataOperator[]>>): ODataParse {
  if (text === null || text.trim() === '') return { ok: true, clauses: [] };
  if (text.length > MAX_FILTER_LENGTH) return { ok: false, message: `$filter is longer than ${MAX_FILTER_LENGTH} characters.` };
  const clauses: ODataClause[] = [];
  let rest = text.trim();
  const known = Object.keys(fields);
  while (rest.length > 0) {
    const match = CLAUSE.exec(rest);
    if (!match) return { ok: false, message: `$filter could not be read at "${rest.slice(0, 40)}". Write comparisons such as ${known[0]} eq 'value', joined by "and".` };
    const [whole, rawField, rawOp, rawValue] = match as unknown as [string, string, string, string];
    const field = known.find((name) => name.toLowerCase() === rawField.toLowerCase());
    if (!field) return { ok: false, message: `$filter cannot filter on '${rawField.slice(0, 60)}'. It filters on ${known.join(', ')}.` };
    const op = rawOp.toLowerCase() as ODataOperator;
    if (!fields[field]!.includes(op)) return { ok: false, message: `$filter compares ${field} with ${fields[field]!.join(', ')} only.` };
    const value = rawValue.startsWith("'") ? rawValue.slice(1, -1).replaceAll("''", "'") : rawValue;
    clauses.push({ field, op, value });
    rest = rest.slice(whole.length);
    if (rest.length === 0) break;
    const and = AND.exec(rest);
    if (!and) return { ok: false, message: `$filter could not be read at "${rest.slice(0, 40)}": join comparisons with "and".` };
    rest = rest.slice(and[0].length);
    if (rest.trim().length === 0) return { ok: false, message: '$filter ends with "and".' };
  }
  return { ok: true, clauses };
}
