import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import { MAX_QUERY_CHARS, parseSearchQuery, toFts5Match, toTsQuery } from './search-query';
import { searchStems, searchText } from './search-text';

describe('parseSearchQuery', () => {
  it('makes bare words prefixes and quoted text phrases, normalised', () => {
    expect(parseSearchQuery('الأسرى "وزارة الصحة" "x"').terms).toEqual([
      { kind: 'word', word: 'الاسري', stem: 'اسري', prefix: true },
      { kind: 'phrase', words: ['وزاره', 'الصحه'], stems: ['وزاره', 'صحه'] },
      { kind: 'word', word: 'x', stem: 'x', prefix: false },
    ]);
  });

  it('runs an unclosed quote to the end and drops empty quotes and repeats', () => {
    expect(parseSearchQuery('a1 "" "b c').terms).toEqual([
      { kind: 'word', word: 'a1', stem: 'a1', prefix: true },
      { kind: 'phrase', words: ['b', 'c'], stems: ['b', 'c'] },
    ]);
    expect(parseSearchQuery('gaza Gaza GAZA').terms).toHaveLength(1);
  });

  it('drops a lone letter typed apart unless it is the whole search, and keeps lone digits', () => {
    expect(parseSearchQuery('وزارة و الصحة').terms.map((t) => (t.kind === 'word' ? t.word : ''))).toEqual(['وزاره', 'الصحه']);
    expect(parseSearchQuery('a').terms).toEqual([{ kind: 'word', word: 'a', stem: 'a', prefix: false }]);
    expect(parseSearchQuery('5 قتلى').terms.map((t) => (t.kind === 'word' ? t.word : ''))).toEqual(['5', 'قتلي']);
    expect(parseSearchQuery('"و"').terms).toEqual([{ kind: 'word', word: 'و', stem: 'و', prefix: false }]);
  });

  it('has no terms for input without words', () => {
    const q = parseSearchQuery(' "*" ( ) - : ^ ');
    expect(q.terms).toEqual([]);
    expect(toFts5Match(q)).toBeNull();
    expect(toTsQuery(q)).toBeNull();
  });

  it('refuses over-long input with a message naming the field', () => {
    expect(() => parseSearchQuery('x'.repeat(MAX_QUERY_CHARS + 1))).toThrow(DomainError);
    expect(() => parseSearchQuery(Array.from({ length: 17 }, (_, i) => `w${i}`).join(' '))).toThrow(/q: .*limit is 16/);
  });
});

describe('toFts5Match and toTsQuery', () => {
  it('write the same terms for both engines', () => {
    const q = parseSearchQuery('الأسرى "وزارة الصحة" "x"');
    expect(toFts5Match(q)).toBe('("الاسري"* OR "اسري"*) AND ("وزاره الصحه" OR "وزاره صحه") AND "x"');
    expect(toTsQuery(q)).toBe("('الاسري':* | 'اسري':*) & (('وزاره' <-> 'الصحه') | ('وزاره' <-> 'صحه')) & 'x'");
  });

  it('neutralise FTS5 and tsquery syntax in user input', () => {
    const fts = parseSearchQuery('NOT aa OR bb AND NEAR(cc dd, 2) col:ee ^ff gg* -hh');
    expect(toFts5Match(fts)).toBe(
      '"not"* AND "aa"* AND "or"* AND "bb"* AND "and"* AND "near"* AND "cc"* AND "dd"* AND "2" AND "col"* AND "ee"* AND "ff"* AND "gg"* AND "hh"*',
    );
    const ts = parseSearchQuery(`"ii' jj\\" kk' & ll | !mm <-> nn) ' :* \\`);
    expect(toTsQuery(ts)).toBe("('ii' <-> 'jj') & 'kk':* & 'll':* & 'mm':* & 'nn':*");
    expect(toFts5Match(parseSearchQuery('a" OR "b'))).toBe('"or"');
  });
});

describe('FTS5 MATCH on a real index', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE docs USING fts5(body, stems, tokenize = 'unicode61 remove_diacritics 0')`);
  const docs = [
    'أعلنت وزارةُ الصحة أن عدد الأَسرى بلغ 120',
    'قال مسؤول في الأمم المتحدة إن المساعدات وصلت',
    'The UNRWA report on Café deliveries',
    'وزارة الدفاع والصحة العامة',
    'وصلت المساعدات للأمم المتحدة بالشاحنات',
  ];
  const insert = db.prepare('INSERT INTO docs(rowid, body, stems) VALUES (?, ?, ?)');
  docs.forEach((d, i) => insert.run(i + 1, searchText(d), searchStems(d)));
  const find = (input: string): number[] => {
    const match = toFts5Match(parseSearchQuery(input));
    if (!match) return [];
    return db
      .prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid')
      .all(match)
      .map((r) => (r as { rowid: number }).rowid);
  };
  afterAll(() => db.close());

  it('matches Arabic regardless of diacritics, hamza and ta marbuta, and English regardless of case', () => {
    expect(find('الاسري')).toEqual([1]);
    expect(find('الأسرى')).toEqual([1]);
    expect(find('وزاره الصحه')).toEqual([1, 4]);
    expect(find('"وزارة الصحة"')).toEqual([1]);
    expect(find('مسئول')).toEqual([2]); // the Egyptian spelling of مسؤول: ئ before و folds to و
    expect(find('مسؤول')).toEqual([2]);
    expect(find('unrwa cafe')).toEqual([3]);
    expect(find('CAF')).toEqual([3]);
    expect(find('المساعد')).toEqual([2, 5]);
  });

  it('matches a word behind the article and the particles written onto it', () => {
    expect(find('الصحة')).toEqual([1, 4]); // والصحة
    expect(find('صحة')).toEqual([1, 4]);
    expect(find('الأمم')).toEqual([2, 5]); // للأمم
    expect(find('"الأمم المتحدة"')).toEqual([2, 5]);
    expect(find('شاحنات')).toEqual([5]); // بالشاحنات
    expect(find('والص')).toEqual([4]); // typing, before the stem is long enough to strip
    expect(find('زارة')).toEqual([]); // a bare و is the word's own letter: وزارة is not و + زارة
  });

  it('never fails on hostile input', () => {
    const inputs = [
      '"', '""', '"""', '*', '-', 'a"b', 'NEAR(', 'AND', 'OR OR', ')', '(', ':', '^', '{a b}: c', "'; DROP TABLE docs; --",
      'x'.repeat(MAX_QUERY_CHARS), '\u0000', '\ud800', 'ـــ', 'ًٌٍ', '"وزارة', 'body:وزارة', '+', '@', '\\',
    ];
    for (const input of inputs) expect(() => find(input), input).not.toThrow();
    expect(find('body:وزارة')).toEqual([]); // not a column filter: "body" is a word to find
    expect(find('stems:صحه')).toEqual([]);
  });
});
