import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidateQuery } from '@/lib/figures';
import { openDatabase, type Db } from '../client';
import { TEST_ENGINE } from '../../lib/testing/test-db';
import { fetchCandidates } from './figure-candidates';
import { planOf, sqliteReader, statementsOf, type PlannedClient as Client } from '../sqlite/explain';

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
    client = sqliteReader(db)!;
  });
  afterAll(() => db?.close());

  it('ranks ids from covering indexes and reads claim rows only by primary key', async () => {
    const seen = await statementsOf(client, () =>
      fetchCandidates(db, candidateQuery({ category: 'casualties', countedKind: 'killed', articleDate: '2023-09-21' })),
    );
    const plans = seen.filter((s) => /^\s*select/i.test(s) && /"claims"/.test(s)).map((s) => planOf(client, s));
    const steps = plans.flat();
    expect(steps.some((d) => /SEARCH claims USING COVERING INDEX claims_retrieval_idx/.test(d))).toBe(true);
    // Every other read of claims is by primary key: no scan, no index that needs the row to sort.
    for (const d of steps.filter((x) => /\bclaims\b/.test(x) && !/COVERING INDEX/.test(x))) expect(d).toMatch(/USING INTEGER PRIMARY KEY/);
  });
});
