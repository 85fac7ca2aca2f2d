/** The vocabulary of Arabic cardinal numbers, every gender and case ending. */
import { Lexicon } from './word-forms';

export type NumberWordKind =
  /** 1-9; `teenOnly` forms (أحد، إحدى، اثنا، اثني) appear only before عشر. */
  | 'unit'
  /** عشر / عشرة: ten alone, or the second half of 11-19. */
  | 'ten'
  /** 20-90. */
  | 'tens'
  /** 100-900 in one word (مئة، مئتان، ثلاثمئة). */
  | 'hundreds'
  /** ألف، مليون، مليار and their accusative (ألفا). */
  | 'scale'
  /** آلاف، ملايين، مليارات: multiply after 3-10; alone they mean "thousands of". */
  | 'scalePlural'
  /** ألفان، مليونين: two thousand, two million. */
  | 'scaleDual'
  /** نصف، ربع: before a scale (نصف مليون) or after one (مليون ونصف). */
  | 'fraction';

export interface NumberWord {
  kind: NumberWordKind;
  value: number;
  teenOnly?: boolean;
}

const entries: [string, NumberWord][] = [];
// The feminine units in the accusative take an alif: "سبعاً من الإصابات"، "قتل خمساً".
const add = (kind: NumberWordKind, value: number, words: string, teenOnly = false) => {
  for (const w of words.split(' ')) entries.push([w, teenOnly ? { kind, value, teenOnly } : { kind, value }]);
};

add('unit', 1, 'واحد واحدة واحدا');
add('unit', 1, 'أحد إحدى', true);
add('unit', 2, 'اثنان اثنين اثنتان اثنتين ثنتان ثنتين إثنان إثنين');
add('unit', 2, 'اثنا اثني اثنتا اثنتي', true);
add('unit', 3, 'ثلاث ثلاثة ثلاثا');
add('unit', 4, 'أربع أربعة أربعا');
add('unit', 5, 'خمس خمسة خمسا');
add('unit', 6, 'ست ستة ستا');
add('unit', 7, 'سبع سبعة سبعا');
add('unit', 8, 'ثمان ثماني ثمانية ثمانيا');
add('unit', 9, 'تسع تسعة تسعا');
add('ten', 10, 'عشر عشرة عشرا');
const TENS = ['عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون'];
TENS.forEach((w, i) => add('tens', (i + 2) * 10, `${w} ${w.slice(0, -2)}ين`));
add('hundreds', 100, 'مئة مائة');
add('hundreds', 200, 'مئتان مئتين مائتان مائتين مئتا مئتي مائتا مائتي');
const HUNDRED_UNITS: [string, number][] = [
  ['ثلاث', 3],
  ['ثلث', 3],
  ['أربع', 4],
  ['خمس', 5],
  ['ست', 6],
  ['سبع', 7],
  ['ثمان', 8],
  ['ثماني', 8],
  ['تسع', 9],
];
for (const [u, v] of HUNDRED_UNITS) add('hundreds', v * 100, `${u}مئة ${u}مائة`);
add('scale', 1e3, 'ألف ألفا');
add('scale', 1e6, 'مليون مليونا');
add('scale', 1e9, 'مليار مليارا بليون');
add('scalePlural', 1e3, 'آلاف ألوف');
add('scalePlural', 1e6, 'ملايين');
add('scalePlural', 1e9, 'مليارات');
add('scaleDual', 1e3, 'ألفان ألفين ألفي');
add('scaleDual', 1e6, 'مليونان مليونين مليوني');
add('scaleDual', 1e9, 'ملياران مليارين ملياري');
add('fraction', 0.5, 'نصف');
add('fraction', 0.25, 'ربع');

/** Number words, looked up through و ب ل ف ك but never through the article: الخمسة is "the five". */
export const numberWords = new Lexicon(entries, { clitics: true });

/** "hundred" written apart after a unit: ثلاث مئة. */
export const HUNDRED_WORDS = new Set(['مئه', 'مائه']);

/** Unquantified amounts: "dozens of", "hundreds of", "a few". */
export const vagueWords = new Lexicon(
  ['عشرات', 'مئات', 'آلاف', 'ألوف', 'ملايين', 'بضع', 'بضعة'].map((w) => [w, true] as const),
  { clitics: true, definite: true },
);
