import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as sqlite from '../sqlite/schema';
import * as pg from './schema';

const TABLES = ['users', 'articles', 'claims', 'evidence', 'reviewEvents', 'verdictPublications', 'accountEvents', 'sessions', 'apiTokens', 'rateLimits', 'articleStats', 'chainHead'] as const;

/** What the domain relies on of a column: its name, whether it may be null, what JS type it reads as. */
function shape(table: Table) {
  return Object.fromEntries(
    Object.entries(getTableColumns(table)).map(([key, c]) => [key, { name: c.name, notNull: c.notNull, dataType: c.dataType, enum: c.enumValues ?? null }]),
  );
}

describe('the PostgreSQL schema mirrors the SQLite one', () => {
  it.each(TABLES)('%s has the same columns, nullability, JS types and enums', (name) => {
    expect(getTableName(pg[name])).toBe(getTableName(sqlite[name]));
    expect(shape(pg[name])).toEqual(shape(sqlite[name]));
  });

  it('infers the same row types, so use cases typed once run on both', () => {
    expectTypeOf<typeof pg.claims.$inferSelect>().toEqualTypeOf<sqlite.Claim>();
    expectTypeOf<typeof pg.verdictPublications.$inferSelect>().toEqualTypeOf<sqlite.VerdictPublication>();
    expectTypeOf<typeof pg.users.$inferSelect>().toEqualTypeOf<sqlite.User>();
    expectTypeOf<typeof pg.reviewEvents.$inferSelect>().toEqualTypeOf<sqlite.ReviewEvent>();
    expectTypeOf<typeof pg.evidence.$inferSelect>().toEqualTypeOf<sqlite.Evidence>();
    expectTypeOf<typeof pg.articles.$inferSelect>().toEqualTypeOf<sqlite.Article>();
    expectTypeOf<typeof pg.accountEvents.$inferSelect>().toEqualTypeOf<sqlite.AccountEvent>();
  });
});
