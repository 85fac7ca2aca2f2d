import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { seedBench } from '@/db/seed/bench-seed';
import { searchDesk } from '@/lib/desk/search-desk';
import { TEST_ENGINE } from '@/lib/testing/test-db';
import { backfillSearchIndex } from './backfill';
import { planOf, sqliteReader, statementsOf, type PlannedClient as Client } from '@/db/sqlite/explain';

/** MATCH needs a string bound to its parameter. */
const plan = (client: Client, sql: string) => planOf(client, sql, '"x"');

/*
 * The desk search must read its matches from the full-text index, in key order, and stop at
 * the page's end: never scan the claims or articles, never sort the matches in a temporary
 * B-tree. Every SELECT the search sends is planned with EXPLAIN QUERY PLAN, as in
 * db/queries/hot-queries.test.ts. SQLite here; PostgreSQL's search plans are checked in db/queries/hot-queries-pg.test.ts.
 */

const bad = (detail: string) => /USE TEMP B-TREE/.test(detail) || /^SCAN (claims|articles|evidence|c|a)\b/.test(detail);

describe.runIf(TEST_ENGINE === 'sqlite')('the desk search uses the full-text index (EXPLAIN QUERY PLAN)', () => {
  let db: Db;
  let reader: Client;
  const checker = { id: 1, role: 'checker' as const, name: 'c', email: 'c@x' };
  beforeAll(async () => {
    db = await openDatabase(':memory:');
    await seedBench(db, { articles: 12, claims: 600, events: 2000 });
    await backfillSearchIndex(db);
    reader = sqliteReader(db)!;
  });
  afterAll(() => db?.close());

  it.each([
    ['both groups, first page', { q: 'الأمم المتحدة' }],
    ['claims, next page', { q: 'الصحة', in: 'claims', before: '400' }],
    ['articles, next page', { q: 'تقرير', in: 'articles', before: '9' }],
  ])('%s', async (_name, params) => {
    const statements = await statementsOf(reader, () => searchDesk(db, checker, new URLSearchParams(params)));
    const matches = statements.filter((s) => /\bMATCH\b/.test(s));
    expect(matches.length).toBeGreaterThan(0);
    for (const s of matches) expect(plan(reader, s)[0], s).toMatch(/^SCAN (claim|article)_search VIRTUAL TABLE INDEX \d+:M/);
    expect(statements.flatMap((s) => plan(reader, s).filter(bad).map((step) => `${step}  <-  ${s}`))).toEqual([]);
  });

  it('finds results in the seeded desk (the plans above are of a query that works)', async () => {
    const found = await searchDesk(db, checker, new URLSearchParams({ q: 'الأمم المتحدة' }));
    expect(found.claims.length).toBeGreaterThan(0);
    expect(found.articles.length).toBeGreaterThan(0);
  });

  it('fails on a scan (the guard itself)', () => {
    expect(plan(reader, 'SELECT id FROM claims WHERE quote LIKE ?').filter(bad)).toEqual([expect.stringMatching(/^SCAN claims/)]);
    expect(plan(reader, "SELECT rowid FROM claim_search WHERE claim_search MATCH ? ORDER BY bm25(claim_search)").filter(bad)).toEqual([
      expect.stringMatching(/TEMP B-TREE/),
    ]);
  });
});
