/** Reads a number written in digits, in words, or in both ("38 ألفا و640"). */
import { events } from './events';
import { HUNDRED_WORDS, numberWords, vagueWords, type NumberWord } from './number-words';
import { nouns } from './nouns';
import type { Token } from './tokenize';
import { Lexicon } from './word-forms';

export interface NumberMatch {
  /** null for unquantified amounts (عشرات، عدد من). */
  value: number | null;
  /** First and last token of the number, inclusive. */
  first: number;
  last: number;
  /** Clitic letters at the start of the first token that are not part of the number (بثلاثة). */
  prefixLen: number;
  /** Bare digits with no separator and no number word: the shape of a year or a clock time. */
  plainDigits: boolean;
  /** Written entirely in words. */
  inWords: boolean;
}

const THOUSANDS_MARK = '٬';
const DECIMAL_MARK = '٫';

/**
 * Digits with separators. A dot or comma followed by exactly three digits separates thousands
 * ("5.191" is 5,191 in the Arabic press) unless a scale word follows ("4.900 مليون" is 4.9 million).
 */
export function parseDigits(raw: string, beforeScale = false): number {
  const seps = raw.replace(/[0-9]/g, '');
  if (seps.length === 0) return Number(raw);
  const groups = raw.split(/[,.٬٫]/);
  let decimal: string | null = null;
  if (seps.includes(DECIMAL_MARK)) decimal = DECIMAL_MARK;
  else if (seps.includes(THOUSANDS_MARK)) {
    const last = seps[seps.length - 1];
    decimal = last === '.' || last === ',' ? last : null;
  } else if (seps.includes('.') && seps.includes(',')) decimal = seps[seps.length - 1];
  else if (seps.length === 1) {
    const after = groups[1];
    const thousands = after.length === 3 && !(beforeScale && seps === '.');
    decimal = thousands ? null : seps;
  }
  if (decimal === null) return Number(groups.join(''));
  const at = raw.lastIndexOf(decimal);
  const intPart = raw.slice(0, at).replace(/[^0-9]/g, '');
  return Number(`${intPart || '0'}.${raw.slice(at + 1)}`);
}

interface Group {
  value: number;
  /** The scale word that closed the group (1000, 1e6, 1e9) or 1. */
  scale: number;
  last: number;
  prefixLen: number;
  inWords: boolean;
}

/** Which clitic a number word may carry: any (first word), exactly و (after "and"), or none. */
type PrefixRule = 'any' | 'و' | '';

function wordAt(tokens: Token[], k: number, sent: number, rule: PrefixRule): { nw: NumberWord; prefixLen: number } | null {
  const t = tokens[k];
  if (!t || t.kind !== 'w' || t.sent !== sent) return null;
  // After "and" glued on, the rest must be a number word as it stands (وأحد is و + أحد, not واحد).
  const glued = rule === 'و';
  const hit = numberWords.find(glued ? t.text.slice(1) : t.text);
  if (!hit || (rule !== 'any' && hit.prefix !== '')) return null;
  return { nw: hit.value, prefixLen: hit.prefix.length + (glued ? 1 : 0) };
}

/** "و" written apart or glued to the next word: where the next part starts and how it must look. */
function conjunction(tokens: Token[], p: number, sent: number): { index: number; rule: PrefixRule } | null {
  const t = tokens[p];
  if (!t || t.sent !== sent || t.kind !== 'w') return null;
  if (t.text === 'و') return tokens[p + 1]?.sent === sent ? { index: p + 1, rule: '' } : null;
  return t.text.startsWith('و') ? { index: p, rule: 'و' } : null;
}

function belowHundred(tokens: Token[], k: number, nw: NumberWord, sent: number): { value: number; last: number } | null {
  if (nw.kind === 'ten' || nw.kind === 'tens') return { value: nw.value, last: k };
  if (nw.kind !== 'unit') return null;
  const ten = wordAt(tokens, k + 1, sent, '');
  if (ten?.nw.kind === 'ten') return { value: 10 + nw.value, last: k + 1 };
  if (nw.teenOnly) return null;
  const c = conjunction(tokens, k + 1, sent);
  const tens = c && wordAt(tokens, c.index, sent, c.rule);
  if (c && tens?.nw.kind === 'tens') return { value: nw.value + tens.nw.value, last: c.index };
  return { value: nw.value, last: k };
}

function belowThousand(tokens: Token[], k: number, nw: NumberWord, sent: number): { value: number; last: number } | null {
  let value: number;
  let last: number;
  const next = tokens[k + 1];
  if (nw.kind === 'hundreds') {
    value = nw.value;
    last = k;
  } else if (nw.kind === 'unit' && nw.value >= 3 && next?.sent === sent && HUNDRED_WORDS.has(next.text)) {
    value = nw.value * 100;
    last = k + 1;
  } else {
    return belowHundred(tokens, k, nw, sent);
  }
  const c = conjunction(tokens, last + 1, sent);
  const rest = c && wordAt(tokens, c.index, sent, c.rule);
  if (c && rest && rest.nw.kind !== 'hundreds') {
    const r = belowHundred(tokens, c.index, rest.nw, sent);
    if (r) return { value: value + r.value, last: r.last };
  }
  return { value, last };
}

const WRAPS: Record<string, string> = { '(': ')', '"': '"', '“': '”', '”': '″', '«': '»', '″': '″' };

function isWrapped(tokens: Token[], k: number): boolean {
  const open = tokens[k - 1];
  const close = tokens[k + 1];
  if (!open || !close || open.kind !== 'p' || close.kind !== 'p' || close.start !== tokens[k].end) return false;
  return WRAPS[open.text] === close.text || (open.text === close.text && open.text !== '(');
}

/** "المليون"، "الألف": a scale word with the article, as it is repeated after "ونصف". */
function definiteScale(tokens: Token[], k: number, sent: number): number {
  const t = tokens[k];
  if (!t || t.sent !== sent || t.kind !== 'w' || !t.text.startsWith('ال')) return 0;
  const hit = numberWords.exact(t.text.slice(2));
  return hit?.kind === 'scale' ? hit.value : 0;
}

function scaleAt(tokens: Token[], k: number, sent: number): NumberWord | null {
  const w = wordAt(tokens, k, sent, '');
  return w && (w.nw.kind === 'scale' || w.nw.kind === 'scalePlural') ? w.nw : null;
}

function dualInConstruct(tokens: Token[], k: number, sent: number): boolean {
  if (!tokens[k].text.endsWith('ا')) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.sent === sent && next.kind === 'w' && !next.text.startsWith('و') && numberWords.find(next.text) === null;
}

/**
 * "العشرة آلاف شخص"، "الثلاثة ملايين": a unit with the article is a number only before a plural
 * scale (alone, "الخمسة" is "the five" of something named before).
 */
function definiteUnitBeforeScale(tokens: Token[], k: number, sent: number, rule: PrefixRule): { nw: NumberWord; prefixLen: number } | null {
  const t = tokens[k];
  if (rule !== 'any' || !t || t.kind !== 'w' || t.sent !== sent || !t.text.startsWith('ال')) return null;
  const hit = numberWords.exact(t.text.slice(2));
  if (!hit || !((hit.kind === 'unit' && hit.value >= 3 && !hit.teenOnly) || hit.kind === 'ten')) return null;
  const next = wordAt(tokens, k + 1, sent, '');
  return next?.nw.kind === 'scalePlural' ? { nw: hit, prefixLen: 0 } : null;
}

function parseGroup(tokens: Token[], k: number, sent: number, rule: PrefixRule): Group | null {
  const t = tokens[k];
  if (!t || t.sent !== sent) return null;
  if (t.kind === 'n') {
    if (rule === 'و') return null;
    // "(9.3) ملايين": some outlets bracket or quote the digits.
    const close = isWrapped(tokens, k) ? k + 1 : k;
    const sc = scaleAt(tokens, close + 1, sent);
    const digits = parseDigits(t.text, sc !== null);
    if (!sc) return { value: digits, scale: 1, last: close, prefixLen: 0, inWords: false };
    return { value: Math.round(digits * sc.value), scale: sc.value, last: close + 1, prefixLen: 0, inWords: false };
  }
  const w = wordAt(tokens, k, sent, rule) ?? definiteUnitBeforeScale(tokens, k, sent, rule);
  if (!w) return null;
  const { nw, prefixLen } = w;
  if (nw.kind === 'scale') {
    // "ألفا هريفنيا"، "مليونا شخص": a nominative dual in construct (its ن dropped) before its noun;
    // "ألفاً" alone or before "و" is one thousand in the accusative.
    const value = dualInConstruct(tokens, k, sent) ? 2 * nw.value : nw.value;
    return { value, scale: nw.value, last: k, prefixLen, inWords: true };
  }
  if (nw.kind === 'scaleDual') return { value: 2 * nw.value, scale: nw.value, last: k, prefixLen, inWords: true };
  if (nw.kind === 'scalePlural') return null;
  if (nw.kind === 'fraction') {
    const sc = scaleAt(tokens, k + 1, sent);
    return sc ? { value: nw.value * sc.value, scale: sc.value, last: k + 1, prefixLen, inWords: true } : null;
  }
  const below = belowThousand(tokens, k, nw, sent);
  if (!below) return null;
  const sc = scaleAt(tokens, below.last + 1, sent);
  if (!sc) return { value: below.value, scale: 1, last: below.last, prefixLen, inWords: true };
  return { value: below.value * sc.value, scale: sc.value, last: below.last + 1, prefixLen, inWords: true };
}

/**
 * A cardinal number starting at token i: groups of descending scale joined by و
 * ("ثلاثة ملايين ومئتا ألف"), with "ونصف" after a scale (مليون ونصف).
 */
export function parseNumberAt(tokens: Token[], i: number): NumberMatch | null {
  const sent = tokens[i].sent;
  const first = parseGroup(tokens, i, sent, 'any');
  if (!first) return null;
  let total = first.value;
  let prevScale = first.scale;
  let last = first.last;
  let inWords = first.inWords;
  while (prevScale > 1) {
    const c = conjunction(tokens, last + 1, sent);
    if (!c) {
      // "74 ألفا 744 شخصا": the و dropped between a thousands group and the digits after it.
      const rest = tokens[last + 1];
      if (prevScale === 1000 && rest?.sent === sent && rest.kind === 'n' && /^[0-9]{3}$/.test(rest.text) && !scaleAt(tokens, last + 2, sent)) {
        total += Number(rest.text);
        last++;
      }
      break;
    }
    const half = wordAt(tokens, c.index, sent, c.rule);
    const again = half?.nw.kind === 'fraction' ? scaleAt(tokens, c.index + 1, sent) : null;
    if (half?.nw.kind === 'fraction' && (!again || again.value === prevScale)) {
      total += half.nw.value * prevScale;
      // "مليون ونصف المليون"، "ملياري ونصف مليار": the half may name its scale again.
      last = again || definiteScale(tokens, c.index + 1, sent) === prevScale ? c.index + 1 : c.index;
      break;
    }
    const g = parseGroup(tokens, c.index, sent, c.rule);
    if (!g || g.scale >= prevScale || g.value >= prevScale) break;
    total += g.value;
    prevScale = g.scale;
    last = g.last;
    inWords &&= g.inWords;
  }
  const t = tokens[i];
  return {
    value: total,
    first: i,
    last,
    prefixLen: first.prefixLen,
    plainDigits: t.kind === 'n' && first.scale === 1 && /^[0-9]+$/.test(t.text),
    inWords,
  };
}

/** "عدد" as in "عدد من": a quantity, not a name. */
export const QUANTITY_NOUNS = new Lexicon([['عدد', true] as const, ['عددا', true] as const], { clitics: true });
const QUANTITY_SIZE = new Set(['كبير', 'قليل', 'محدود', 'ضخم', 'هائل']);
/** "أكبر عدد من"، "أعلى عدد من": a superlative makes عدد "the number", a comparison, not "a number of". */
const SUPERLATIVES = new Set(['اكبر', 'اعلي', 'اعلى', 'اكثر', 'اقل', 'ادني', 'ادنى', 'اصغر']);

/** "عدد من", "العديد من", "عشرات (الآلاف)", "آلاف", "بضعة": an amount with no number. */
export function parseVagueAt(tokens: Token[], i: number): NumberMatch | null {
  const t = tokens[i];
  if (t.kind !== 'w') return null;
  const sent = t.sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k].text : '');
  const vague = vagueWords.find(t.text);
  if (vague) {
    const next = at(i + 1);
    const last = next === 'الاف' || next === 'الالاف' || next === 'الملايين' ? i + 1 : i;
    return vagueMatch(i, last, cliticLength(vague.prefix));
  }
  const qty = QUANTITY_NOUNS.find(t.text);
  if (qty && !(qty.prefix === '' && SUPERLATIVES.has(tokens[i - 1]?.sent === sent ? tokens[i - 1].text : ''))) {
    // "عدد من أعيدوا": "the number of those who were returned", not "a number of".
    if (at(i + 1) === 'من') return relativeAfter(tokens, i + 2, sent) ? null : vagueMatch(i, i + 1, qty.prefix.length);
    if (QUANTITY_SIZE.has(at(i + 1)) && at(i + 2) === 'من') return vagueMatch(i, i + 2, qty.prefix.length);
  }
  if ((t.text === 'العديد' || t.text === 'عديد') && at(i + 1) === 'من') return vagueMatch(i, i + 1, 0);
  return null;
}

/** A verb after "من": من is "those who" (عدد من قتلوا), not "of" (عدد من القتلى). */
function relativeAfter(tokens: Token[], k: number, sent: number): boolean {
  const t = tokens[k];
  if (!t || t.sent !== sent || t.kind !== 'w') return false;
  const ev = events.find(t.text);
  if (ev !== null && !ev.definite && ev.prefix === '' && nouns.find(t.text) === null) return true;
  // "عدد من يحتاجون"، "عدد من دخلوا": any verb in the plural, an imperfect in -ون or a perfect in -وا.
  return !t.text.startsWith('ال') && nouns.find(t.text) === null && (/^[يت].{2,}ون$/.test(t.text) || /^[^ا].{2,}وا$/.test(t.text));
}

/** The clitics before the article: the quote keeps "الآلاف" whole but drops a leading و. */
function cliticLength(prefix: string): number {
  if (prefix.endsWith('ال')) return prefix.length - 2;
  if (prefix.endsWith('لل')) return prefix.length - 1;
  return prefix.length;
}

function vagueMatch(first: number, last: number, prefixLen: number): NumberMatch {
  return { value: null, first, last, prefixLen, plainDigits: false, inWords: true };
}
