/**
 * Where a search matched inside the original text, found on the normalised copy and mapped
 * back, so "الأسرى" highlights "الأَسرى" with its diacritics. The result is offsets, not
 * HTML: the page wraps each range in <mark> itself, so text from the database is never
 * spliced into markup.
 */
import type { ParsedQuery } from './search-query';
import { CLITICS, searchTextWithMap, toOriginal } from './search-text';

export type Range = [start: number, end: number];

export interface Snippet {
  /** A slice of the original text around the first match (the whole text when short). */
  text: string;
  /** Offset of `text` in the original. */
  start: number;
  /** Matches inside `text`, relative to it, sorted, never overlapping. */
  marks: Range[];
  /** True when text was cut before / after: the page shows an ellipsis. */
  cutBefore: boolean;
  cutAfter: boolean;
}

const WORD_CHAR = '[\\p{L}\\p{N}\\p{Co}]';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A word as typed, or its stem behind any article and particles (as the stems index has it). */
const wordForm = (word: string, stem: string) => `(?:${escapeRegExp(word)}|${CLITICS}?${escapeRegExp(stem)})`;

/** A regular expression per term, on the normalised copy, matching at word starts. */
function termPatterns(q: ParsedQuery): RegExp[] {
  return q.terms.map((t) => {
    let body: string;
    if (t.kind === 'phrase') {
      body = `${t.words.map((w, i) => wordForm(w, t.stems[i])).join(`(?:(?!${WORD_CHAR}).)+`)}(?!${WORD_CHAR})`;
    } else {
      // A prefix term highlights the whole word it starts.
      body = wordForm(t.word, t.stem) + (t.prefix ? `${WORD_CHAR}*` : `(?!${WORD_CHAR})`);
    }
    return new RegExp(`(?<!${WORD_CHAR})${body}`, 'gsu');
  });
}

/** Every match of the query in the original text, as original [start, end) offsets, merged. */
export function matchRanges(original: string, q: ParsedQuery): Range[] {
  const patterns = termPatterns(q);
  if (patterns.length === 0) return [];
  const { text, map } = searchTextWithMap(original);
  const found: Range[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      if (m[0].length > 0) found.push(toOriginal(original, map, m.index, m.index + m[0].length));
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const ranges: Range[] = [];
  for (const [s, e] of found) {
    const last = ranges.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else ranges.push([s, e]);
  }
  return ranges;
}

/**
 * A snippet of about `maxChars` around the first match, cut at spaces, with the marks that
 * fall inside it. With no match it is the start of the text, unmarked.
 */
export function highlightSnippet(original: string, q: ParsedQuery, maxChars = 200): Snippet {
  const all = matchRanges(original, q);
  if (original.length <= maxChars) {
    return { text: original, start: 0, marks: all, cutBefore: false, cutAfter: false };
  }
  const first = all[0] ?? [0, 0];
  // Put the first match about a third of the way in, so some context precedes it.
  let start = Math.max(0, Math.min(first[0] - Math.floor(maxChars / 3), original.length - maxChars));
  let end = Math.min(original.length, start + maxChars);
  if (start > 0) {
    const space = original.indexOf(' ', start);
    if (space !== -1 && space < first[0]) start = space + 1;
  }
  if (end < original.length) {
    const space = original.lastIndexOf(' ', end);
    if (space > Math.max(start, first[1])) end = space;
  }
  const marks: Range[] = [];
  for (const [s, e] of all) {
    if (e <= start || s >= end) continue;
    marks.push([Math.max(s, start) - start, Math.min(e, end) - start]);
  }
  return { text: original.slice(start, end), start, marks, cutBefore: start > 0, cutAfter: end < original.length };
}
