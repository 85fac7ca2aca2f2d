import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '@/db/client';
import { searchDesk } from '@/lib/desk/search-desk';
import { createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { backfillSearchIndex } from './backfill';

/** A copy of the SQLite migrations as they were before the one whose tag ends with `suffix`. */
function migrationsBefore(dir: string, suffix: string): string {
  const from = path.join(process.cwd(), 'drizzle');
  const to = path.join(dir, 'drizzle');
  fs.mkdirSync(path.join(to, 'meta'), { recursive: true });
  const journal = JSON.parse(fs.readFileSync(path.join(from, 'meta', '_journal.json'), 'utf8'));
  const cut = journal.entries.findIndex((e: { tag: string }) => e.tag.endsWith(suffix));
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  fs.writeFileSync(path.join(to, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries) fs.copyFileSync(path.join(from, `${e.tag}.sql`), path.join(to, `${e.tag}.sql`));
  return to;
}

describe.runIf(TEST_ENGINE === 'sqlite')('upgrading a desk to the search index (SQLite)', () => {
  it('migrates a database that already holds articles, and the start-up backfill makes them searchable', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-upgrade-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'old.db');

    // The desk as the previous version left it: migrated up to the figures, one article, one claim.
    const old = new Database(file);
    migrate(drizzle({ client: old }), { migrationsFolder: migrationsBefore(dir, '_search_index') });
    old.prepare(`INSERT INTO articles (slug, title, body, body_hash) VALUES ('old-one', 'تقرير قديم', 'قالت وزارةُ الصحّة إن 12 شخصاً قُتلوا.', 'h1')`).run();
    old.prepare(`INSERT INTO claims (article_id, quote, start, "end", counted, category, claimant, origin) VALUES (1, '12 شخصاً', 24, 32, 'killed', 'casualties', 'وزارة الصحة', 'extractor')`).run();
    expect(old.prepare(`SELECT name FROM sqlite_master WHERE name = 'claim_search'`).all()).toEqual([]);
    old.close();

    const db = await openDatabase(file);
    onTestFinished(() => db.close());
    const checker = await createTestUser(db, 'checker');
    const find = () => searchDesk(db, checker, new URLSearchParams({ q: 'وزاره الصحه' }));
    expect(await find()).toMatchObject({ articles: [], claims: [] });
    expect(await backfillSearchIndex(db)).toEqual({ articles: 1, claims: 1 });
    const found = await find();
    expect(found.articles.map((a) => a.slug)).toEqual(['old-one']);
    expect(found.claims.map((c) => c.href)).toEqual(['/review/old-one#claim-1']);
  });

  it('rebuilds an index written under the old hamza fold, so مسئول finds مسؤول', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-upgrade-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'old.db');

    // Indexed by the previous version, which folded the ya with hamza of مسئول to a ya.
    const old = new Database(file);
    migrate(drizzle({ client: old }), { migrationsFolder: migrationsBefore(dir, '_search_hamza_fold') });
    old.prepare(`INSERT INTO articles (slug, title, body, body_hash) VALUES ('egypt', 'تقرير', 'قال مسئول إن 12 شخصاً قُتلوا.', 'h1')`).run();
    old.prepare(`INSERT INTO article_search (rowid, title, outlet, body, stems) VALUES (1, 'تقرير', '', 'قال مسيول ان 12 شخصا قتلوا.', 'قال مسيول ان 12 شخصا قتلوا')`).run();
    old.close();

    const db = await openDatabase(file);
    onTestFinished(() => db.close());
    const checker = await createTestUser(db, 'checker');
    const find = async (q: string) => (await searchDesk(db, checker, new URLSearchParams({ q }))).articles.map((a) => a.slug);
    expect(await backfillSearchIndex(db)).toEqual({ articles: 1, claims: 0 });
    expect(await find('مسؤول')).toEqual(['egypt']);
    expect(await find('مسئول')).toEqual(['egypt']);
  });
});
