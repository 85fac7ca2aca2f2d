import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { highlightSnippet } from './highlight';
import { articleSearchDocument, claimSearchDocument, postgresVector, POSTGRES_SEARCH_DDL, SQLITE_SEARCH_DDL } from './search-documents';
import { parseSearchQuery, toFts5Match, toTsQuery } from './search-query';

const claim = {
  quote: 'ما لا يقل عن 120 مدنيًا',
  counted: 'مدنيين قتلوا',
  claimant: 'وزارة الصحة',
  rationale: 'الرقم أعلى في تقرير الأمم المتحدة',
  explanation: 'قالت الأمم المتحدة إن العدد 140.',
  evidenceTitles: ['OCHA Flash Update #12', 'تقرير المرصد'],
};
const article = { title: 'هدنة هشة في الجنوب', outlet: 'Example News', body: 'قالت وزارةُ الصحة إن ما لا يقل عن 120 مدنيًا قُتلوا.' };

describe('search documents on SQLite FTS5', () => {
  const db = new Database(':memory:');
  db.exec(SQLITE_SEARCH_DDL);
  const c = claimSearchDocument(claim);
  db.prepare('INSERT INTO claim_search(rowid, quote, counted, claimant, notes, evidence, stems) VALUES (7, ?, ?, ?, ?, ?, ?)').run(
    c.quote, c.counted, c.claimant, c.notes, c.evidence, c.stems,
  );
  const a = articleSearchDocument(article);
  db.prepare('INSERT INTO article_search(rowid, title, outlet, body, stems) VALUES (3, ?, ?, ?, ?)').run(a.title, a.outlet, a.body, a.stems);
  const claims = (q: string) => db.prepare('SELECT rowid FROM claim_search WHERE claim_search MATCH ?').all(toFts5Match(parseSearchQuery(q))!);
  const articles = (q: string) => db.prepare('SELECT rowid FROM article_search WHERE article_search MATCH ?').all(toFts5Match(parseSearchQuery(q))!);

  it('finds a claim by its quote, claimant, notes and evidence titles', () => {
    for (const q of ['مدنيا', 'وزاره الصحة', 'الامم المتحده', 'ocha flash', '"تقرير المرصد"', '140']) expect(claims(q), q).toEqual([{ rowid: 7 }]);
    expect(claims('غزة')).toEqual([]);
  });

  it('finds an article by title, outlet and body, and highlights the original text', () => {
    for (const q of ['هدنه', 'example', 'قتلوا']) expect(articles(q), q).toEqual([{ rowid: 3 }]);
    const s = highlightSnippet(article.body, parseSearchQuery('وزارة الصحه'));
    expect(s.marks.map(([x, y]) => s.text.slice(x, y))).toEqual(['وزارةُ', 'الصحة']);
  });
});

const url = process.env.ISNAD_TEST_PG_URL;
describe.skipIf(!url)('search documents on PostgreSQL', () => {
  it('creates the tables and finds the same rows', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query('CREATE TEMP TABLE articles (id integer PRIMARY KEY); CREATE TEMP TABLE claims (id integer PRIMARY KEY)');
      await client.query(POSTGRES_SEARCH_DDL.replace(/CREATE TABLE/g, 'CREATE TEMP TABLE'));
      await client.query('INSERT INTO claims VALUES (7)');
      const c = claimSearchDocument(claim);
      const fields = ['quote', 'counted', 'claimant', 'notes', 'evidence', 'stems'] as const;
      await client.query(`INSERT INTO claim_search VALUES (7, ${postgresVector(fields, { quote: 'A' })})`, fields.map((f) => c[f]));
      for (const q of ['مدنيا', 'وزاره الصحة', 'الامم المتحده', 'ocha flash', '"تقرير المرصد"', '140']) {
        const { rows } = await client.query(`SELECT claim_id FROM claim_search WHERE search @@ to_tsquery('simple', $1)`, [toTsQuery(parseSearchQuery(q))]);
        expect(rows, q).toEqual([{ claim_id: 7 }]);
      }
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });
});
