import { describe, expect, it } from 'vitest';
import { connectDatabase, openDatabase } from '@/db/client';
import { chainHead, reviewEvents, verdictPublications, accountEvents } from '@/db/schema';
import { createTestDatabase, TEST_ENGINE } from '@/lib/testing/test-db';
import { chainLegacyRecords } from '../chain/chain-legacy';
import { auditDatabase } from '../chain/verify';
import { seedBench } from './bench-seed';

describe(`the benchmark seed (${TEST_ENGINE})`, () => {
  it('writes the history chain itself: the archive audits clean and opening it links nothing', async () => {
    const target = await createTestDatabase();
    const db = await openDatabase(target);
    const written = await seedBench(db, { articles: 6, claims: 120, events: 900 });
    const report = await auditDatabase(db);
    expect(report).toMatchObject({ ok: true, firstBreak: null, appendOnly: [], integrity: [] });
    const [events, publications, accounts] = await Promise.all([reviewEvents, verdictPublications, accountEvents].map((t) => db.$count(t)));
    expect(events).toBe(written.events);
    expect(publications).toBe(written.publications);
    // The demo accounts' history came first, so the seed extended a chain that was not empty.
    expect(accounts).toBeGreaterThan(0);
    expect(report.count).toBe(events + publications + accounts);
    const [head] = await db.select().from(chainHead);
    expect({ seq: head.seq, hash: head.hash }).toEqual({ seq: report.count, hash: report.head });
    await db.close();
    // What the server does when it opens the database: nothing is left to link.
    const reopened = TEST_ENGINE === 'pg' ? connectDatabase(target) : await openDatabase(target);
    expect(await chainLegacyRecords(reopened)).toBe(0);
    await reopened.close();
  });
});
