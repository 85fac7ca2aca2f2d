/** The noun lexicons: every counted noun in its singular, plural, accusative and dual forms. */
import { DEFS, type Noun } from './noun-defs';
import { normalizeKey } from './normalize';
import { Lexicon } from './word-forms';

export type { Noun, NounKind } from './noun-defs';

export interface NounForm {
  noun: Noun;
  /** A dual ending in -ين of a noun whose plural also ends in -ين: needs a fatha to be read as dual. */
  ambiguousDual: boolean;
  /** A dual in construct, its ن dropped (سيارتي إسعاف، شاحنتا مساعدات): read only before its complement. */
  construct?: boolean;
}

const forms: [string, NounForm][] = [];
const singulars = new Set<string>();
const dualForms: [string, NounForm][] = [];

/** The stem a dual ending goes on: منصة → منصت. */
function dualStem(word: string): string {
  return word.endsWith('ه') ? `${word.slice(0, -1)}ت` : word;
}

function accusative(word: string): string | null {
  return /[اهء]$/.test(word) ? null : `${word}ا`;
}

for (const [list, label, kind, category, extra] of DEFS) {
  const noun: Noun = { label, kind, category, ...extra };
  if (noun.compounds) {
    noun.compounds = Object.fromEntries(Object.entries(noun.compounds).map(([k, v]) => [normalizeKey(k), v]));
  }
  const words = list.split(' ').map(normalizeKey);
  if (words.length > 1) singulars.add(words[0]);
  for (const w of words) {
    forms.push([w, { noun, ambiguousDual: false }]);
    const acc = accusative(w);
    if (acc) forms.push([acc, { noun, ambiguousDual: false }]);
  }
  // A noun counted only in a compound has a dual only in construct, before the word making it: منصتي إطلاق.
  if (noun.noDual || kind === 'money') continue;
  if (noun.compoundOnly) {
    if (dualStem(words[0]) !== words[0] && kind !== 'people') dualForms.push([`${dualStem(words[0])}ي`, { noun, ambiguousDual: false, construct: true }]);
    continue;
  }
  const singular = words[0];
  const stem = singular.endsWith('ه') ? `${singular.slice(0, -1)}ت` : singular;
  dualForms.push([`${stem}ان`, { noun, ambiguousDual: false }]);
  dualForms.push([`${stem}ين`, { noun, ambiguousDual: noun.smp === true }]);
  // Things in ة only: سيارتي إسعاف. People would read as "my": عائلتي، طفلتي.
  if (stem !== singular && kind !== 'people') {
    dualForms.push([`${stem}ي`, { noun, ambiguousDual: false, construct: true }]);
    dualForms.push([`${stem}ا`, { noun, ambiguousDual: false, construct: true }]);
  }
}

/**
 * "100 من المدرسة الابتدائية": after "من" a count takes a plural; a singular with the article is
 * where they came from. Nouns with one form (رفات) are left out.
 */
export function isDefiniteSingular(word: string): boolean {
  const hit = nouns.find(word);
  return hit !== null && hit.definite && singulars.has(word.slice(hit.prefix.length));
}

/** Nouns after a number, after "من", or before it in "عدد القتلى"; singular, plural and accusative forms. */
export const nouns = new Lexicon(forms, { clitics: true, definite: true });

const POSSESSIVE = /(هما|هم|هن|ها|ه|نا|كم)$/;

/**
 * A plural with a possessive after "من": "13 من موظفيها" (موظفي + ها, the construct of
 * موظفين), "190 من منشآتها".
 */
export function possessedNoun(word: string): Noun | null {
  const stem = word.replace(POSSESSIVE, '');
  if (stem === word || stem.length < 3) return null;
  const plain = nouns.find(stem) ?? (stem.endsWith('ا') ? nouns.find(`${stem.slice(0, -1)}ي`) : null);
  // "قتلاه"، "جرحاهم"، "أسراها": alef maqsura is written alef before a pronoun.
  if (plain && !plain.definite) return plain.value.noun;
  const smp = stem.endsWith('ي') ? nouns.find(`${stem}ن`) : null;
  return smp && !smp.definite && smp.value.noun.smp ? smp.value.noun : null;
}

/** Dual forms: انتهاكان، جنديين، شاحنتين. A plural spelled the same wins in `nouns`. */
export const dualNouns = new Lexicon(
  dualForms.filter(([w]) => nouns.exact(w) === undefined || nouns.exact(w)!.noun.smp),
  { clitics: true, definite: true },
);

/** Durations, distances, ages and the like: a number before them is not a count claim. */
export const measureWords = new Lexicon(
  (
    'ساعة ساعات دقيقة دقائق ثانية ثوان يوم أيام يوما أسبوع أسابيع أسبوعا شهر أشهر شهور شهرا ' +
    'سنة سنوات سنين عام أعوام عاما أعواما عقد عقود عقدا قرن قرون ليلة ليال ليلا مرة مرات ضعف أضعاف ' +
    'كلم كم كيلومتر كيلومترات كيلومترا متر أمتار مترا ميل أميال ميلا ميلي درجة درجات ' +
    'كيلوغرام كيلوغراما كغ غرام لتر لترات لترا هكتار هكتارا ميغاواط'
  )
    .split(' ')
    .map((w) => [w, true] as const),
  { clitics: false, definite: true },
);

export const MONTHS = new Set(
  (
    'يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ' +
    'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل ماي جوان جويلية أوت'
  )
    .split(' ')
    .map(normalizeKey),
);
