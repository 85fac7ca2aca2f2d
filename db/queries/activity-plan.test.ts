import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_ENGINE } from '@/lib/testing/test-db';
import { openDatabase } from '../client';

/**
 * The activity feed reads one page however long the history grows: each filter walks an
 * index in id order instead of sorting every event. (SQLite's planner is checked; the same
 * indexes exist on PostgreSQL through the schema-parity test.)
 */
describe.runIf(TEST_ENGINE === 'sqlite')('activity feed query plans', () => {
  it('walks an index for the person and kind filters, and never sorts', async () => {
    const file = await createTestDatabase('sqlite');
    await (await openDatabase(file)).close();
    const sqlite = new Database(file, { readonly: true });
    const plan = (where: string) =>
      sqlite
        .prepare(`EXPLAIN QUERY PLAN SELECT * FROM review_events WHERE ${where} AND id < 1000 ORDER BY id DESC LIMIT 51`)
        .all(1)
        .map((r) => (r as { detail: string }).detail)
        .join('\n');
    expect(plan('actor_id = ?')).toMatch(/USING (COVERING )?INDEX review_events_actor_idx/);
    expect(plan('kind = ?')).toMatch(/USING (COVERING )?INDEX review_events_kind_idx/);
    expect(plan('article_id = ?')).toMatch(/USING (COVERING )?INDEX review_events_article_idx/);
    for (const where of ['actor_id = ?', 'kind = ?', 'article_id = ?']) expect(plan(where)).not.toMatch(/TEMP B-TREE/);
    sqlite.close();
  });
});
