/**
 * What the search box asked for, parsed once and written out for either engine: an FTS5
 * MATCH expression for SQLite and a to_tsquery('simple', ...) string for PostgreSQL. Both
 * come from the same normalised words, so the engines find the same rows.
 *
 * Grammar, forgiving on purpose (a search box must never answer "syntax error"):
 *   "a quoted phrase"   the words in this order, each whole
 *   word                a word starting so (prefix match), when it has 2+ characters
 * Everything else is text: operators (AND OR NOT NEAR, - ^ * : ( ) { } + & | ! <->),
 * quotes and backslashes separate words or vanish, exactly as the index's tokenizer
 * treats them, and every word is written quoted, so no input can change the query's shape.
 */
import { DomainError } from '@/lib/errors';
import { searchWords } from './search-text';

export const MAX_QUERY_CHARS = 500;
export const MAX_QUERY_TERMS = 16;
/** A single character as a prefix would match most of the index. */
const MIN_PREFIX_CHARS = 2;

export type SearchTerm =
  /** One word, matched as a prefix when `prefix`. */
  | { kind: 'word'; word: string; prefix: boolean }
  /** Two or more words in order, each whole. */
  | { kind: 'phrase'; words: string[] };

export interface ParsedQuery {
  terms: SearchTerm[];
}

/** The search terms of the user's input; no terms when it holds no words. */
export function parseSearchQuery(input: string): ParsedQuery {
  if (input.length > MAX_QUERY_CHARS) {
    throw new DomainError('invalid_input', `q: the search is ${input.length} characters long; the limit is ${MAX_QUERY_CHARS}.`, {
      q: `at most ${MAX_QUERY_CHARS} characters`,
    });
  }
  const terms: SearchTerm[] = [];
  const parts = input.split('"');
  // Even parts are outside quotes, odd parts inside; an unclosed quote runs to the end.
  parts.forEach((part, i) => {
    const words = searchWords(part);
    if (i % 2 === 1 && words.length > 1) terms.push({ kind: 'phrase', words });
    else if (i % 2 === 1 && words.length === 1) terms.push({ kind: 'word', word: words[0], prefix: false });
    else for (const word of words) terms.push({ kind: 'word', word, prefix: word.length >= MIN_PREFIX_CHARS });
  });
  if (terms.length > MAX_QUERY_TERMS) {
    throw new DomainError('invalid_input', `q: the search has ${terms.length} words or phrases; the limit is ${MAX_QUERY_TERMS}.`, {
      q: `at most ${MAX_QUERY_TERMS} words or phrases`,
    });
  }
  return { terms: dedupe(terms) };
}

function dedupe(terms: SearchTerm[]): SearchTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = JSON.stringify(t);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An FTS5 string literal: double quotes doubled (words never hold one; this is the guard). */
const ftsString = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The FTS5 MATCH expression: every term required (implicit AND), or null when there is
 * nothing to search for (the caller returns no results rather than running MATCH '').
 * Index the normalised copy: `CREATE VIRTUAL TABLE search USING fts5(..., tokenize =
 * 'unicode61 remove_diacritics 0')` with `searchText(column)` as each indexed value.
 */
export function toFts5Match(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  return q.terms
    .map((t) => (t.kind === 'phrase' ? ftsString(t.words.join(' ')) : ftsString(t.word) + (t.prefix ? '*' : '')))
    .join(' AND ');
}

/** A tsquery lexeme: quoted, with quotes and backslashes escaped (again, only a guard). */
const tsLexeme = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The PostgreSQL equivalent, for `to_tsquery('simple', $1)` against a tsvector built with
 * `to_tsvector('simple', search_text)` where search_text is the same `searchText()` copy.
 * Pass it as a bound parameter; null when there is nothing to search for.
 */
export function toTsQuery(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  return q.terms
    .map((t) => {
      if (t.kind === 'word') return tsLexeme(t.word) + (t.prefix ? ':*' : '');
      return `(${t.words.map(tsLexeme).join(' <-> ')})`;
    })
    .join(' & ');
}
