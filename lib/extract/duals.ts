/**
 * A noun in the dual counts two: انتهاكان، جنديين، مدنيَّين، شاحنتين. Not a count: a definite
 * dual (الطرفان، الجانبين), a noun that is not countable here (طرفان), and an unvowelled -ين
 * of a noun whose plural is spelled the same (مدنيين is "civilians" unless written مدنيَّين).
 */
import { namesAid } from './categories';
import type { Doc } from './document';
import { numberWords } from './number-words';
import { dualNouns, nouns, type Noun } from './nouns';

const FATHA = 0x064e;

export interface DualMatch {
  noun: Noun;
  /** Clitic letters before the noun (ومدنيين). */
  skip: number;
  /** The noun, or the number word repeating it (جنديان اثنان). */
  last: number;
}

export function dualAt(doc: Doc, i: number): DualMatch | null {
  const t = doc.tokens[i];
  if (t.kind !== 'w') return null;
  const hit = dualNouns.find(t.text);
  if (!hit || hit.definite) return null;
  if (hit.value.construct && !complementAfter(doc, i, hit.value.noun)) return null;
  const two = twoAfter(doc, i);
  // "مسعفين اثنين": the number word says what the spelling cannot.
  if (hit.value.ambiguousDual && !two && !vowelledAsDual(doc, t.end - 3)) return null;
  return { noun: hit.value.noun, skip: hit.prefix.length, last: two ? i + 1 : i };
}

/**
 * "سيارتي إسعاف"، "شاحنتي المساعدات"، "قذيفتي هاون": a dual in construct stands before its
 * complement: the word that makes its compound, a definite noun, or a noun counted here.
 * "سيارتي" alone is "my car".
 */
function complementAfter(doc: Doc, i: number, noun: Noun): boolean {
  const next = doc.tokens[i + 1];
  if (!next || next.sent !== doc.tokens[i].sent || next.kind !== 'w') return false;
  const w = next.text;
  if (noun.compounds?.[w]) return true;
  return (w.startsWith('ال') && w.length > 4) || nouns.find(w) !== null || namesAid(w) || CARGO.has(w);
}

/** What a vehicle in construct carries: "شاحنتي وقود"، "صهريجي مياه". */
const CARGO = new Set(['وقود', 'مياه', 'ماء', 'طحين', 'ادويه', 'غذاء', 'اغذيه', 'دقيق']);

/** "جنديان اثنان"، "مدنيين اثنين": the number word repeats the dual. */
function twoAfter(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next || next.sent !== doc.tokens[i].sent) return false;
  const two = numberWords.find(next.text);
  return two !== null && two.prefix === '' && two.value.value === 2 && two.value.kind === 'unit' && !two.value.teenOnly;
}

/** The dual -َيْن carries a fatha on the letter before its ي; the plural -ِين a kasra. */
function vowelledAsDual(doc: Doc, letter: number): boolean {
  const from = doc.map[letter] + 1;
  const to = doc.map[letter + 1];
  for (let k = from; k < to; k++) if (doc.original.charCodeAt(k) === FATHA) return true;
  return false;
}
