/**
 * The one text normalisation for search, applied to what is indexed and to what is asked,
 * so the two always meet. It is the extractor's matching normalisation (lib/extract/
 * normalize.ts: diacritics, tatweel, invisible marks, alef forms أ إ آ ٱ -> ا, ى -> ي,
 * ة -> ه, Arabic-Indic digits) plus two folds search wants and the extractor does not:
 * hamza on waw and on ya (ؤ -> و, ئ -> ي), so مسؤول matches مسوول and رئيس matches رييس;
 * and case and accents of every Latin letter (É -> e), not only ASCII. A lone hamza ء
 * stays: dropping it would make ماء ("water") the word ما ("what"). A hamza on ya before a
 * waw folds to waw instead: the same words are written ئو in Egypt and ؤو in the Levant
 * (مسئول / مسؤول, شئون / شؤون, مسئولية / مسؤولية), and a desk must find both.
 *
 * Every fold is one character to one, or a deletion (decomposed Latin accents), so a map
 * leads from the normalised copy back to the original offsets, as the highlighter needs.
 *
 * Words are what SQLite FTS5's unicode61 tokenizer calls tokens: runs of letters (L*),
 * numbers (N*) and private-use characters (Co); everything else separates.
 *
 * Arabic writes the article and the particles و ف ب ك ل onto the word (والصحة, بالمستشفى,
 * للأمم), so a search for الصحة would miss والصحة. Besides the normalised text, every
 * document indexes its stems (`searchStems`): each word without those prefixes, in order;
 * a query term matches the text or the stems (search-query.ts). Only a prefix followed by
 * the article is removed: a bare و may be the word's own first letter (وزارة).
 */
import { normalizeWithMap, toOriginal } from '@/lib/extract/normalize';

const WAW_HAMZA = 0x0624;
const YEH_HAMZA = 0x0626;
const foldCache = new Map<number, number>();

/** A letter without its case and accents, when that is still one UTF-16 unit. */
function foldLatin(code: number): number {
  let folded = foldCache.get(code);
  if (folded !== undefined) return folded;
  folded = code;
  const lower = String.fromCharCode(code).toLowerCase();
  const base = lower.normalize('NFD');
  if (base.length >= 1 && /^[\p{L}\p{N}][\u0300-\u036f]*$/u.test(base) && base.charCodeAt(0) < 0xd800) folded = base.charCodeAt(0);
  else if (lower.length === 1) folded = lower.charCodeAt(0);
  foldCache.set(code, folded);
  return folded;
}

const WAW = 0x0648;

function foldChar(code: number, next: number): number {
  if (code < 0x80) return code; // normalizeWithMap already lower-cased ASCII
  if (code === WAW_HAMZA) return WAW;
  if (code === YEH_HAMZA) return next === WAW || next === WAW_HAMZA ? WAW : 0x064a;
  if (code >= 0x0600 && code <= 0x06ff) return code;
  return foldLatin(code);
}

export interface SearchText {
  text: string;
  /** map[i] is the original index of text[i]; map[text.length] is the original length. */
  map: Int32Array;
}

const DROP = -1;

export function searchTextWithMap(input: string): SearchText {
  const { text, map } = normalizeWithMap(input);
  let changed = false;
  const codes = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Latin combining accents left by decomposed input: FTS5 would split words on them.
    const f = c >= 0x0300 && c <= 0x036f ? DROP : foldChar(c, text.charCodeAt(i + 1));
    if (f !== c) changed = true;
    codes[i] = f;
  }
  if (!changed) return { text, map };
  const parts: string[] = [];
  const outMap = new Int32Array(text.length + 1);
  let k = 0;
  let run: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === DROP) continue;
    run.push(codes[i]);
    outMap[k++] = map[i];
    if (run.length === 8192) (parts.push(String.fromCharCode(...run)), (run = []));
  }
  parts.push(String.fromCharCode(...run));
  outMap[k] = map[text.length];
  return { text: parts.join(''), map: outMap.slice(0, k + 1) };
}

/** The normalised copy to index (store it in the FTS table / tsvector column). */
export function searchText(input: string): string {
  return searchTextWithMap(input).text;
}

export const WORD = /[\p{L}\p{N}\p{Co}]+/gu;

/** The words of a text as the index sees them. */
export function searchWords(input: string): string[] {
  return searchText(input).match(WORD) ?? [];
}

/** و/ف, then ب/ك/ل, then the article; or و/ف then لل (ل + the article, its alef dropped). */
export const CLITICS = '(?:[\u0648\u0641]?[\u0628\u0643\u0644]?\u0627\u0644|[\u0648\u0641]?\u0644\u0644)';
const CLITIC_PREFIX = new RegExp(`^${CLITICS}`);
/** A stem shorter than this is more likely a word that happens to start like a prefix (اليد). */
const MIN_STEM = 2;

/** A normalised word without its article and the particles written onto it. */
export function arabicStem(word: string): string {
  const m = word.match(CLITIC_PREFIX);
  return m && word.length - m[0].length >= MIN_STEM ? word.slice(m[0].length) : word;
}

/** The stems of a text's words, in order: the second indexed form of every document. */
export function searchStems(input: string): string {
  return searchWords(input).map(arabicStem).join(' ');
}

export { toOriginal };
