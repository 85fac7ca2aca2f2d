import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateQuery } from '@/lib/figures';
import { openDatabase, type Db } from '../client';
import { TEST_ENGINE } from '../../lib/testing/test-db';
import { fetchCandidates } from './figure-candidates';

interface Client { prepare(sql: string): { all(...params: unknown[]): Array<{ detail: string }> } }

/*
 * The candidate fetch picks the newest ids from the indexes alone and reads the features JSON
 * only of the rows it keeps: at 200,000 claims a plan that sorts whole rows costs a read of
 * every matching claim's features (scripts/bench-figure-suggestions.ts).
 */
describe.runIf(TEST_ENGINE === 'sqlite')('figure candidate fetch (EXPLAIN QUERY PLAN)', () => {
  let db: Db;
  let client: Client;
  beforeAll(async () => {
    db = await openDatabase(':memory:');
    client = (db as unknown as { $client: Client }).$client;
  });
  afterAll(() => db?.close());

  it('ranks ids from covering indexes and reads claim rows only by primary key', async () => {
    const seen: string[] = [];
    const original = client.prepare;
    client.prepare = function (this: Client, sql: string) {
      seen.push(sql);
      return original.call(this, sql);
    };
    try {
      await fetchCandidates(db, candidateQuery({ category: 'casualties', countedKind: 'killed', articleDate: '2023-09-21' }));
    } finally {
      client.prepare = original;
    }
    const plans = seen
      .filter((s) => /^\s*select/i.test(s) && /"claims"/.test(s))
      .map((s) => client.prepare(`EXPLAIN QUERY PLAN ${s}`).all(...(s.match(/\?/g) ?? []).map(() => null)).map((r) => r.detail));
    const steps = plans.flat();
    expect(steps.some((d) => /SEARCH claims USING COVERING INDEX claims_retrieval_idx/.test(d))).toBe(true);
    // Every other read of claims is by primary key: no scan, no index that needs the row to sort.
    for (const d of steps.filter((x) => /\bclaims\b/.test(x) && !/COVERING INDEX/.test(x))) expect(d).toMatch(/USING INTEGER PRIMARY KEY/);
  });
});
