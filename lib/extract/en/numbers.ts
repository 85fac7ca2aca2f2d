/**
 * Numbers in English text: digits ("1,115", "1.4 million"), words ("Twenty-seven", "two dozen",
 * "half a million"), with the qualifier before them. Number words are valued by compromise, the
 * NLP library, once per distinct phrase; the rest is a fast scan so long texts stay fast.
 */
import nlp from 'compromise';
import type { Qualifier } from '../types';
import type { EnToken } from './tokens';

export interface EnNumber {
  first: number;
  last: number;
  value: number;
  inWords: boolean;
  percent: boolean;
  money: boolean;
}

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const NUMBER_WORD = new Set([...UNITS, ...TENS, 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen', 'half']);
// "37.58 lakh people": South Asian reports count in lakhs (100,000) and crores (10 million).
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, mn: 1e6, k: 1e3, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7 };

function isNumberWord(lower: string): boolean {
  if (NUMBER_WORD.has(lower)) return true;
  const dash = lower.indexOf('-');
  return dash > 0 && TENS.includes(lower.slice(0, dash)) && UNITS.includes(lower.slice(dash + 1));
}

const wordValues = new Map<string, number | null>();

/** compromise values a number-word phrase: "two dozen" 24, "half a million" 500000. */
function valueOfWords(phrase: string): number | null {
  let v = wordValues.get(phrase);
  if (v === undefined) {
    const got = nlp(phrase).numbers().get() as unknown[];
    v = typeof got[0] === 'number' ? got[0] : null;
    if (wordValues.size > 5000) wordValues.clear();
    wordValues.set(phrase, v);
  }
  return v;
}

const PERCENT_AFTER = new Set(['percent', '%']);

/** The number starting at token i, or null. */
export function numberAt(tokens: readonly EnToken[], i: number): EnNumber | null {
  const t = tokens[i];
  let value: number;
  let last = i;
  let inWords = false;
  if (t.kind === 'n') {
    // "1,115" and "36,801"; "1.4" a decimal. "4.9" stays a decimal, "5.191" too: English uses commas.
    value = Number(t.text.replace(/,/g, ''));
    if (!Number.isFinite(value)) return null;
  } else if (t.kind === 'w' && isNumberWord(t.lower)) {
    // "a dozen", "half a million": a run of number words, "and" and "a" inside it.
    let k = i;
    while (k + 1 < tokens.length && tokens[k + 1].sent === t.sent) {
      const n = tokens[k + 1];
      if (n.kind === 'w' && isNumberWord(n.lower)) k++;
      else if ((n.lower === 'and' || n.lower === 'a') && tokens[k + 2] && isNumberWord(tokens[k + 2].lower) && tokens[k + 2].lower !== 'half') k++;
      else break;
    }
    while (k > i && (tokens[k].lower === 'and' || tokens[k].lower === 'a')) k--;
    const phrase = tokens
      .slice(i, k + 1)
      .map((x) => x.lower)
      .join(' ');
    if (phrase === 'half') return null;
    // "a half million", "half million": half the scale (compromise reads the whole scale).
    const half = /^half (hundred|thousand|million|billion)$/.exec(phrase);
    const v = half ? SCALE[half[1]] / 2 : valueOfWords(phrase);
    if (v === null) return null;
    value = v;
    last = k;
    inWords = true;
  } else if (t.kind === 'w' && (t.lower === 'a' || t.lower === 'an') && tokens[i + 1]?.lower === 'dozen') {
    value = 12;
    last = i + 1;
    inWords = true;
  } else if (t.kind === 'w' && t.lower === 'a' && (tokens[i + 1]?.lower === 'million' || tokens[i + 1]?.lower === 'billion')) {
    value = tokens[i + 1].lower === 'million' ? 1e6 : 1e9;
    last = i + 1;
    inWords = true;
  } else return null;
  // "1.4 million", "2 bn".
  const scale = tokens[last + 1];
  if (!inWords && scale && scale.kind === 'w' && SCALE[scale.lower] !== undefined && scale.sent === t.sent) {
    value *= SCALE[scale.lower];
    last++;
  }
  // "the 200-odd daily arrivals": about that many.
  if (tokens[last + 1]?.lower === '-odd' || (tokens[last + 1]?.text === '-' && tokens[last + 2]?.lower === 'odd')) last += tokens[last + 1].text === '-' ? 2 : 1;
  let percent = false;
  const after = tokens[last + 1];
  if (after && PERCENT_AFTER.has(after.lower)) {
    percent = true;
    last++;
  } else if (after?.lower === 'per' && tokens[last + 2]?.lower === 'cent') {
    percent = true;
    last += 2;
  }
  const before = tokens[i - 1];
  const money = before !== undefined && (before.text === '$' || before.text === '€' || before.text === '£' || /^US\$?$/.test(before.text));
  return { first: money ? i - 1 : i, last, value: Math.round(value * 1e6) / 1e6, inWords, percent, money };
}

const QUALIFIERS: [string[], Qualifier][] = [
  [['at', 'least'], 'at least'],
  [['no', 'fewer', 'than'], 'at least'],
  [['no', 'less', 'than'], 'at least'],
  [['more', 'than'], 'more than'],
  [['over'], 'more than'],
  [['upwards', 'of'], 'more than'],
  [['in', 'excess', 'of'], 'more than'],
  [['fewer', 'than'], 'less than'],
  [['less', 'than'], 'less than'],
  [['nearly'], 'less than'],
  [['almost'], 'less than'],
  [['about'], 'about'],
  [['close', 'to'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['roughly'], 'about'],
  [['some'], 'about'],
  [['an', 'estimated'], 'about'],
  [['estimated'], 'about'],
  [['up', 'to'], 'up to'],
];

/** "at least 33", "more than 1.4 million": the qualifier just before token `first`. */
export function qualifierBefore(tokens: readonly EnToken[], first: number): { qualifier: Qualifier; first: number } | null {
  for (const [words, qualifier] of QUALIFIERS) {
    const from = first - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (tokens[from + k].lower !== words[k] || tokens[from + k].sent !== tokens[first].sent) ok = false;
    if (ok) return { qualifier, first: from };
  }
  return null;
}
