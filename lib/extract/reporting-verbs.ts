/** Words that attribute a statement: reporting verbs, participles and "according to". */
import type { Doc } from './document';
import { normalizeKey } from './normalize';
import { SETTING_NOUNS } from './source-words';
import { Lexicon } from './word-forms';

/** m/f singular, p plural; the subject of a follow-up verb agrees in gender. */
export type Gender = 'm' | 'f' | 'p' | '?';

/**
 * verb: قال، أعلنت، يؤكد (subject after it, or before it, or none).
 * participle: مضيفاً، مؤكدة (never a subject: the current speaker goes on).
 * according: بحسب، وفق، نقلاً عن (the source follows).
 * transmit: نقلت X عن Y: Y made the statement, X passed it on.
 */
export type CueRole = 'verb' | 'participle' | 'according' | 'transmit';

export interface Cue {
  role: CueRole;
  gender: Gender;
}

/**
 * [past, present, bare]: `bare` false when the uninflected past is more often a noun or a
 * preposition without vowels (بين "between", قدر "amount", سجل "record").
 * Verbs that take a document as object (أصدر، نشر) are left out: their subject cannot be
 * told from the object without vowels.
 */
const VERBS: [string, string, boolean][] = [
  ['قال', 'يقول', true],
  ['أكد', 'يؤكد', true],
  ['أعلن', 'يعلن', true],
  ['أفاد', 'يفيد', true],
  ['ذكر', 'يذكر', true],
  ['أوضح', 'يوضح', true],
  ['أضاف', 'يضيف', true],
  ['رصد', 'يرصد', true],
  ['وثق', 'يوثق', true],
  ['أشار', 'يشير', true],
  ['كشف', 'يكشف', true],
  ['صرح', 'يصرح', true],
  ['أحصى', 'يحصي', true],
  ['سجل', 'يسجل', false],
  ['قدر', 'يقدر', false],
  ['تابع', 'يتابع', true],
  ['أردف', 'يردف', true],
  ['استطرد', 'يستطرد', true],
  ['أورد', 'يورد', true],
  ['بين', 'يبين', false],
  ['لفت', 'يلفت', true],
  ['نوه', 'ينوه', true],
  ['شدد', 'يشدد', true],
  ['أبلغ', '', true],
  ['أظهر', '', false],
  ['زعم', 'يزعم', true],
  ['ادعى', 'يدعي', true],
  ['اعترف', 'يعترف', true],
  ['أقر', 'يقر', true],
  ['حذر', 'يحذر', true],
  ['رجح', 'يرجح', true],
];

const PARTICIPLES = [
  'قائلا مضيفا مؤكدا موضحا مشيرا لافتا منوها معلنا مبينا كاشفا متابعا مردفا محذرا مشددا معتبرا مقدرا',
];

const ACCORDING = 'بحسب حسب حسبما وفق وفقا وفقما طبقا نقلا استنادا';

const entries: [string, Cue][] = [];
const add = (word: string, role: CueRole, gender: Gender) => entries.push([normalizeKey(word), { role, gender }]);

for (const [pastRaw, presentRaw, bare] of VERBS) {
  const past = normalizeKey(pastRaw);
  const role: CueRole = 'verb';
  const weak = past.endsWith('ي');
  const root = weak ? past.slice(0, -1) : past;
  if (bare) add(past, role, 'm');
  add(`${root}ت`, role, 'f');
  add(`${root}وا`, role, 'p');
  if (!weak) add(`${past}ا`, role, 'p');
  add(`${root}تا`, role, 'p');
  // A toll "أعلنتها الوزارة": the verb carries its object.
  add(`${root}تها`, role, 'f');
  add(`${past}ها`, role, 'm');
  if (presentRaw) {
    const present = normalizeKey(presentRaw);
    add(present, role, 'm');
    add(`ت${present.slice(1)}`, role, 'f');
    add(present.endsWith('ي') ? `${present.slice(0, -1)}ون` : `${present}ون`, role, 'p');
  }
}
for (const w of PARTICIPLES.join(' ').split(' ')) {
  const stem = normalizeKey(w).slice(0, -1);
  add(`${stem}ا`, 'participle', 'm');
  add(`${stem}ه`, 'participle', 'f');
  add(`${stem}ين`, 'participle', 'p');
}
for (const w of ACCORDING.split(' ')) add(w, 'according', '?');
// "وجاء في بيان الوزارة": the document's author is the source.
for (const w of ['جاء', 'ورد']) add(w, 'according', '?');
for (const w of ['نقل', 'نقلت', 'نقلوا', 'ينقل', 'تنقل', 'ينقلون']) add(w, 'transmit', w === 'نقلوا' || w === 'ينقلون' ? 'p' : w.includes('ت') ? 'f' : 'm');

export const cues = new Lexicon(entries, { clitics: true });

/** A verb after one of these is a verbal noun (على رغم رصد عدد من الانتهاكات): not a statement. */
const PREPOSITIONS = new Set(
  'رغم بعد قبل منذ عند اثر جراء عقب خلال من في الي علي عن مع حتي بسبب لدي دون بدون وسط'.split(' '),
);

/** The cue at token i, if it attributes a statement there. */
export function cueAt(doc: Doc, i: number): Cue | null {
  const { tokens } = doc;
  if (tokens[i].kind !== 'w') return null;
  const hit = cues.find(tokens[i].text);
  // Only و and ف go before a verb; بـ/لـ make the word something else.
  if (!hit || (hit.prefix !== '' && hit.prefix !== 'و' && hit.prefix !== 'ف')) return null;
  const cue = hit.value;
  if (cue.role === 'according') return introducesSource(doc, i, hit.prefix) ? cue : null;
  const prev = tokens[i - 1];
  return prev?.sent === tokens[i].sent && PREPOSITIONS.has(prev.text) ? null : cue;
}

/**
 * فحسب is "only"; نقلاً needs عن and استناداً needs إلى/لـ, or they mean "carried", "based";
 * جاء/ورد attribute only as "جاء في بيان …".
 */
function introducesSource(doc: Doc, i: number, prefix: string): boolean {
  if (prefix === 'ف') return false;
  const { tokens } = doc;
  const core = tokens[i].text.slice(prefix.length);
  const next = tokens[i + 1]?.sent === tokens[i].sent ? tokens[i + 1].text : '';
  if (core === 'نقلا') return next === 'عن';
  if (core === 'استنادا') return next === 'الي' || next.startsWith('ل');
  if (core === 'جاء' || core === 'ورد') return next === 'في' && SETTING_NOUNS.has(tokens[i + 2]?.text ?? '');
  return true;
}
