import { createHash } from 'node:crypto';

/** The `prevHash` of the chain's first record. */
export const GENESIS = '0'.repeat(64);

/**
 * One text for a value whatever engine stored it: keys sorted at every depth (PostgreSQL's
 * jsonb hands keys back in its own order), dates as ISO-8601 with milliseconds, numbers as
 * JavaScript prints them (1.0 and 1 are the same number, -0 is 0), and no insignificant
 * whitespace. Top-level nulls are left out, so a nullable column added later does not
 * change the hash of a record written before it existed.
 */
export function canonicalJson(value: unknown, top = true): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error('An invalid date cannot be hashed.');
    return JSON.stringify(value.toISOString());
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} cannot be hashed.`);
    return JSON.stringify(Object.is(value, -0) ? 0 : value);
  }
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v, false)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && !(top && v === null))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v, false)}`).join(',')}}`;
  }
  throw new Error(`A ${typeof value} cannot be hashed.`);
}

/**
 * The hash of one history record: sha256 over its table's name and every column but the hash
 * itself (its chain position and the previous record's hash included, which links the chain).
 */
export function hashRecord(table: string, row: Record<string, unknown>): string {
  const { hash: _own, ...rest } = row;
  return createHash('sha256').update(canonicalJson({ ...rest, table })).digest('hex');
}
