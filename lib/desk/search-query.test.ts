import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import { MAX_QUERY_CHARS, parseSearchQuery, toFts5Match, toTsQuery } from './search-query';
import { searchText } from './search-text';

describe('parseSearchQuery', () => {
  it('makes bare words prefixes and quoted text phrases, normalised', () => {
    expect(parseSearchQuery('الأسرى "وزارة الصحة" x').terms).toEqual([
      { kind: 'word', word: 'الاسري', prefix: true },
      { kind: 'phrase', words: ['وزاره', 'الصحه'] },
      { kind: 'word', word: 'x', prefix: false },
    ]);
  });

  it('runs an unclosed quote to the end and drops empty quotes and repeats', () => {
    expect(parseSearchQuery('a1 "" "b c').terms).toEqual([
      { kind: 'word', word: 'a1', prefix: true },
      { kind: 'phrase', words: ['b', 'c'] },
    ]);
    expect(parseSearchQuery('gaza Gaza GAZA').terms).toHaveLength(1);
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
    const q = parseSearchQuery('الأسرى "وزارة الصحة" x');
    expect(toFts5Match(q)).toBe('"الاسري"* AND "وزاره الصحه" AND "x"');
    expect(toTsQuery(q)).toBe("'الاسري':* & ('وزاره' <-> 'الصحه') & 'x'");
  });

  it('neutralise FTS5 and tsquery syntax in user input', () => {
    const fts = parseSearchQuery('NOT a OR b AND NEAR(c d, 2) col:e ^f g* -h');
    expect(toFts5Match(fts)).toBe(
      '"not"* AND "a" AND "or"* AND "b" AND "and"* AND "near"* AND "c" AND "d" AND "2" AND "col"* AND "e" AND "f" AND "g" AND "h"',
    );
    const ts = parseSearchQuery(`"i' j\\" k' & l | !m <-> n) ' :* \\`);
    expect(toTsQuery(ts)).toBe("('i' <-> 'j') & 'k' & 'l' & 'm' & 'n'");
  });
});

describe('FTS5 MATCH on a real index', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'unicode61 remove_diacritics 0')`);
  const docs = [
    'أعلنت وزارةُ الصحة أن عدد الأَسرى بلغ 120',
    'قال مسؤول في الأمم المتحدة إن المساعدات وصلت',
    'The UNRWA report on Café deliveries',
    'وزارة الدفاع والصحة العامة',
  ];
  const insert = db.prepare('INSERT INTO docs(rowid, body) VALUES (?, ?)');
  docs.forEach((d, i) => insert.run(i + 1, searchText(d)));
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
    expect(find('وزاره الصحه')).toEqual([1]); // "والصحة" is another word to the tokenizer
    expect(find('"وزارة الصحة"')).toEqual([1]);
    expect(find('مسئول')).toEqual([]); // ئ folds to ي: مسيول, a different spelling from مسوول
    expect(find('مسؤول')).toEqual([2]);
    expect(find('unrwa cafe')).toEqual([3]);
    expect(find('CAF')).toEqual([3]);
    expect(find('المساعد')).toEqual([2]);
  });

  it('never fails on hostile input', () => {
    const inputs = [
      '"', '""', '"""', '*', '-', 'a"b', 'NEAR(', 'AND', 'OR OR', ')', '(', ':', '^', '{a b}: c', "'; DROP TABLE docs; --",
      'x'.repeat(400), '\u0000', '\ud800', 'ـــ', 'ًٌٍ', '"وزارة', 'body:وزارة', '+', '@', '\\',
    ];
    for (const input of inputs) expect(() => find(input), input).not.toThrow();
    expect(find('body:وزارة')).toEqual([]); // not a column filter: "body" is a word to find
  });
});
