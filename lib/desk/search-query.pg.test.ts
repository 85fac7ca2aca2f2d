/**
 * The tsquery side of the search parser against a real PostgreSQL, with the same documents
 * and expectations as the FTS5 test. Runs when ISNAD_TEST_PG_URL names a database, e.g.
 * ISNAD_TEST_PG_URL='postgres://postgres@localhost/postgres?host=/tmp/pg&port=5432' npx vitest run lib/desk
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSearchQuery, toTsQuery } from './search-query';
import { searchStems, searchText } from './search-text';

const url = process.env.ISNAD_TEST_PG_URL;

describe.skipIf(!url)('to_tsquery on PostgreSQL', () => {
  const client = new pg.Client({ connectionString: url });
  const docs = [
    'أعلنت وزارةُ الصحة أن عدد الأَسرى بلغ 120',
    'قال مسؤول في الأمم المتحدة إن المساعدات وصلت',
    'The UNRWA report on Café deliveries',
    'وزارة الدفاع والصحة العامة',
    'وصلت المساعدات للأمم المتحدة بالشاحنات',
  ];

  beforeAll(async () => {
    await client.connect();
    await client.query('CREATE TEMP TABLE docs (id int PRIMARY KEY, tsv tsvector NOT NULL)');
    for (const [i, d] of docs.entries()) {
      await client.query(`INSERT INTO docs VALUES ($1, to_tsvector('simple', $2) || to_tsvector('simple', $3))`, [i + 1, searchText(d), searchStems(d)]);
    }
  });
  afterAll(() => client.end());

  async function find(input: string): Promise<number[]> {
    const q = toTsQuery(parseSearchQuery(input));
    if (!q) return [];
    const { rows } = await client.query(`SELECT id FROM docs WHERE tsv @@ to_tsquery('simple', $1) ORDER BY id`, [q]);
    return rows.map((r) => r.id);
  }

  it('finds what FTS5 finds', async () => {
    expect(await find('الاسري')).toEqual([1]);
    expect(await find('الأسرى')).toEqual([1]);
    expect(await find('وزاره الصحه')).toEqual([1, 4]);
    expect(await find('"وزارة الصحة"')).toEqual([1]);
    expect(await find('مسؤول')).toEqual([2]);
    expect(await find('unrwa cafe')).toEqual([3]);
    expect(await find('CAF')).toEqual([3]);
    expect(await find('المساعد')).toEqual([2, 5]);
    expect(await find('الصحة')).toEqual([1, 4]);
    expect(await find('صحة')).toEqual([1, 4]);
    expect(await find('الأمم')).toEqual([2, 5]);
    expect(await find('"الأمم المتحدة"')).toEqual([2, 5]);
    expect(await find('شاحنات')).toEqual([5]);
    expect(await find('والص')).toEqual([4]);
    expect(await find('زارة')).toEqual([]);
  });

  it('never fails on hostile input', async () => {
    const inputs = [
      '"', "'", "''", '*', ':*', '&', '|', '!', '<->', '<1>', 'a & b | !c', "x' | 'y", '\\', '\\\'', '(', ')',
      "'; DROP TABLE docs; --", 'ـــ', 'ًٌٍ', '"وزارة', 'body:وزارة', 'A:*B',
    ];
    for (const input of inputs) await expect(find(input), input).resolves.toBeDefined();
  });
});
