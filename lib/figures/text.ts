/**
 * Words and sentences of article text for matching. Arabic goes through lib/extract's
 * normalisation (diacritics, tatweel, alef/hamza, ya/alef maqsura, ta marbuta, digits).
 */
import { normalizeKey } from '../extract/normalize';
import { memoize } from './memo';
import type { Span } from '../extract';
import type { Lang } from './types';

const ARABIC = /[\u0600-\u06ff]/g;
const LATIN = /[A-Za-z]/g;

export function detectLang(text: string): Lang {
  const ar = text.match(ARABIC)?.length ?? 0;
  const en = text.match(LATIN)?.length ?? 0;
  return ar >= en ? 'ar' : 'en';
}

export interface Sentence {
  start: number;
  end: number;
}

/** Sentence (or headline line) bounds; a colon does not end a sentence. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const re = /[.!?؟\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // "5.3" and "U.N." are not sentence ends.
    if (m[0] === '.' && /\d/.test(text[m.index - 1] ?? '') && /\d/.test(text[m.index + 1] ?? '')) continue;
    if (m[0] === '.' && /[A-Z]/.test(text[m.index - 1] ?? '') && !/[A-Za-z]/.test(text[m.index - 2] ?? '')) continue;
    const end = m.index + m[0].length;
    if (text.slice(start, m.index).trim()) out.push({ start, end: m.index });
    start = end;
  }
  if (text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

export function sentenceAt(all: Sentence[], offset: number): Sentence | null {
  for (const s of all) if (offset >= s.start && offset < s.end) return s;
  return null;
}

/** Raw word tokens with their offsets (letters and digits; Arabic and Latin). */
export function wordTokens(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{M}\p{N}\u0640'’-]+/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const w = m[0].replace(/^['’-]+|['’-]+$/g, '');
    if (w) out.push({ text: w, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const AR_PREFIX = /^(و|ف)?(ب|ل|ك)?(ال)?/;
const AR_LAM_ARTICLE = /^(و|ف)?لل/;

/**
 * A light stem for comparing content words: Arabic loses clitics, the article and common
 * suffixes; English is lower-cased and loses a plural/participle ending.
 */
export const stem = memoize(stemOnce);

function stemOnce(word: string): string {
  if (/[\u0600-\u06ff]/.test(word)) {
    let w = normalizeKey(word);
    if (AR_LAM_ARTICLE.test(w) && w.length > 4) w = w.replace(AR_LAM_ARTICLE, '');
    else {
      const stripped = w.replace(AR_PREFIX, '');
      if (stripped.length >= 3) w = stripped;
    }
    for (const suf of ['ات', 'ين', 'ون', 'ان', 'ها', 'ه', 'ا', 'ي']) {
      if (w.length - suf.length >= 3 && w.endsWith(suf)) {
        w = w.slice(0, -suf.length);
        break;
      }
    }
    return w;
  }
  let w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('es') && /(sh|ch|x|s)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** Words that say nothing about which event a sentence is about. */
const STOP = new Set(
  [
    // Arabic: particles, reporting verbs, time words, quantity words.
    'في', 'من', 'الى', 'إلى', 'على', 'عن', 'مع', 'ان', 'أن', 'إن', 'انه', 'أنه', 'التي', 'الذي', 'الذين', 'هذا', 'هذه',
    'ذلك', 'تلك', 'بعد', 'قبل', 'منذ', 'حتى', 'خلال', 'بين', 'بينهم', 'بينها', 'منها', 'منهم', 'فيما', 'بينما', 'كما',
    'قد', 'لا', 'لم', 'لن', 'ما', 'او', 'أو', 'ثم', 'كل', 'عدد', 'اكثر', 'أكثر', 'اقل', 'أقل', 'نحو', 'حوالي', 'الاقل',
    'الأقل', 'قال', 'قالت', 'اعلن', 'أعلن', 'اعلنت', 'أعلنت', 'اكد', 'أكد', 'اكدت', 'أكدت', 'اضاف', 'أضاف', 'وقال',
    'وقالت', 'وأعلن', 'وأعلنت', 'بحسب', 'وفق', 'حسب', 'مشيره', 'مشيرة', 'اليوم', 'امس', 'أمس', 'الاحد', 'الأحد',
    'الاثنين', 'الثلاثاء', 'الاربعاء', 'الأربعاء', 'الخميس', 'الجمعه', 'الجمعة', 'السبت', 'مساء', 'صباح', 'صباحا',
    'مساءً', 'صباحاً', 'الان', 'الآن', 'ارتفعت', 'ارتفع', 'بلغ', 'بلغت', 'وصل', 'وصلت', 'الف', 'ألف', 'آلاف', 'الاف',
    'مليون', 'شخص', 'شخصا', 'أشخاص', 'اشخاص', 'حصيله', 'حصيلة', 'العدد', 'عدد', 'ايضا', 'أيضاً', 'لكن', 'غير', 'حيث',
    'وكان', 'كان', 'كانت', 'وكانت', 'هناك', 'يوم', 'يوما', 'يوماً', 'واحد', 'واحدا', 'واحداً', 'آخرين', 'اخرين', 'آخرون',
    // English.
    'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'from', 'by', 'for', 'with', 'and', 'or', 'but', 'that', 'which',
    'who', 'had', 'has', 'have', 'was', 'were', 'is', 'are', 'be', 'been', 'it', 'its', 'their', 'they', 'he', 'she',
    'said', 'says', 'say', 'told', 'announced', 'added', 'according', 'than', 'more', 'least', 'about', 'some', 'up',
    'still', 'rose', 'risen', 'put', 'number', 'toll', 'people', 'person', 'thousand', 'million', 'monday', 'tuesday',
    'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'week', 'day', 'days', 'as', 'into',
    'this', 'these', 'those', 'there', 'after', 'before', 'since', 'while', 'where', 'when', 'not', 'no', 'other',
    'others', 'also', 'likely', 'would', 'could', 'will', 'may',
    // How a running toll moves and how big it is: every toll report says these.
    'ارتفاع', 'تجاوز', 'يتجاوز', 'تتجاوز', 'تجاوزت', 'ألفاً', 'ألفا', 'الفا', 'الآلاف', 'مئات', 'عشرات', 'ملايين',
    'passed', 'passes', 'pass', 'reached', 'reaches', 'climbed', 'climbs', 'exceeded', 'exceeds', 'surpassed', 'topped',
    'hundreds', 'thousands', 'dozens', 'nearly', 'almost', 'around', 'over', 'above', 'below',
  ].map((w) => (/[\u0600-\u06ff]/.test(w) ? normalizeKey(w) : w)),
);

export function isStopWord(word: string): boolean {
  const n = /[\u0600-\u06ff]/.test(word) ? normalizeKey(word) : word.toLowerCase();
  return STOP.has(n);
}

/** Decades named in words: "في التسعينيات"، "the nineties". */
const DECADES: [RegExp, number][] = [
  [/السبعينيات|السبعينات|seventies/i, 1970],
  [/الثمانينيات|الثمانينات|eighties/i, 1980],
  [/التسعينيات|التسعينات|تسعينيات|nineties/i, 1990],
];

/**
 * The years a sentence sets its events in: four-digit years 1900-2099 not part of a larger
 * number ("في حرب عام 2020"، "in the 1990s"), and every year of a decade named in words.
 */
export function sentenceYears(sentence: string, counts: readonly Span[] = []): number[] {
  const out = new Set<number>();
  // A number the extractor took for a count ("ارتفعت الحصيلة إلى 2012 قتيلاً") is not a year;
  // blank the counts out, keeping offsets.
  let text = sentence;
  for (const c of counts) text = text.slice(0, c.start) + ' '.repeat(Math.max(0, c.end - c.start)) + text.slice(c.end);
  const digits = normalizeKey(text);
  for (const m of digits.matchAll(/(^|[^\d,.٬])((19|20)\d\d)(?![\d,.٬]\d)/g)) out.add(Number(m[2]));
  for (const [re, year] of DECADES) if (re.test(digits) || re.test(text)) for (let y = year; y < year + 10; y++) out.add(y);
  return [...out];
}
