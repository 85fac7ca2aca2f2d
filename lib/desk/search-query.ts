/**
 * What the search box asked for, parsed once and written out for either engine: an FTS5
 * MATCH expression for SQLite and a to_tsquery('simple', ...) string for PostgreSQL. Both
 * come from the same normalised words, so the engines find the same rows.
 *
 * Grammar, forgiving on purpose (a search box must never answer "syntax error"):
 *   "a quoted phrase"   the words in this order, each whole
 *   word                a word starting so (prefix match), when it has 2+ characters;
 *                       a lone letter (و, a) is dropped unless it is all there is
 * Everything else is text: operators (AND OR NOT NEAR, - ^ * : ( ) { } + & | ! <->),
 * quotes and backslashes separate words or vanish, exactly as the index's tokenizer
 * treats them, and every word is written quoted, so no input can change the query's shape.
 */
import { DomainError } from '@/lib/errors';
import { arabicStem, searchWords } from './search-text';

export const MAX_QUERY_CHARS = 200;
export const MAX_QUERY_TERMS = 16;
/** A single character as a prefix would match most of the index. */
const MIN_PREFIX_CHARS = 2;
const LONE_LETTER = /^\p{L}$/u;

export type SearchTerm =
  /** One word, matched as a prefix when `prefix`, in the text or (as `stem`) in the stems. */
  | { kind: 'word'; word: string; stem: string; prefix: boolean }
  /** Two or more words in order, each whole, in the text or (as `stems`) in the stems. */
  | { kind: 'phrase'; words: string[]; stems: string[] };

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
  const loneLetters: SearchTerm[] = [];
  const parts = input.split('"');
  // Even parts are outside quotes, odd parts inside; an unclosed quote runs to the end.
  parts.forEach((part, i) => {
    const words = searchWords(part);
    if (i % 2 === 1 && words.length > 1) terms.push({ kind: 'phrase', words, stems: words.map(arabicStem) });
    else if (i % 2 === 1 && words.length === 1) terms.push({ kind: 'word', word: words[0], stem: arabicStem(words[0]), prefix: false });
    else {
      for (const word of words) {
        const term: SearchTerm = { kind: 'word', word, stem: arabicStem(word), prefix: word.length >= MIN_PREFIX_CHARS };
        (LONE_LETTER.test(word) ? loneLetters : terms).push(term);
      }
    }
  });
  // A conjunction typed apart (و) or a stray letter would otherwise require a one-letter word.
  if (terms.length === 0 && loneLetters.length > 0) terms.push(...loneLetters);
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

/** A term's alternatives: as typed, and as stems when stemming changed something. */
function forms(t: SearchTerm): string[][] {
  const typed = t.kind === 'word' ? [t.word] : t.words;
  const stemmed = t.kind === 'word' ? [t.stem] : t.stems;
  return typed.join(' ') === stemmed.join(' ') ? [typed] : [typed, stemmed];
}

const prefixed = (t: SearchTerm) => t.kind === 'word' && t.prefix;

/**
 * The FTS5 MATCH expression: every term required (AND), each matching its words or their
 * stems; null when there is nothing to search for (return no results, never MATCH '').
 * Index the normalised copies in an FTS5 table with no column filter in the query, e.g.
 * `CREATE VIRTUAL TABLE claim_search USING fts5(quote, counted, claimant, rationale, stems,
 * tokenize = 'unicode61 remove_diacritics 0')`, each text column holding `searchText(x)`
 * and `stems` holding `searchStems` of all of them.
 */
export function toFts5Match(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  return q.terms
    .map((t) => {
      const alternatives = forms(t).map((words) => ftsString(words.join(' ')) + (prefixed(t) ? '*' : ''));
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/** A tsquery lexeme: quoted, with quotes and backslashes escaped (again, only a guard). */
const tsLexeme = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * The PostgreSQL equivalent, for `to_tsquery('simple', $1)` against
 * `to_tsvector('simple', search_text) || to_tsvector('simple', search_stems)`, the same
 * `searchText()` and `searchStems()` copies. Pass it as a bound parameter; null when
 * there is nothing to search for.
 */
export function toTsQuery(q: ParsedQuery): string | null {
  if (q.terms.length === 0) return null;
  return q.terms
    .map((t) => {
      const alternatives = forms(t).map((words) =>
        words.length === 1 ? tsLexeme(words[0]) + (prefixed(t) ? ':*' : '') : `(${words.map(tsLexeme).join(' <-> ')})`,
      );
      return alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(' | ')})`;
    })
    .join(' & ');
}
