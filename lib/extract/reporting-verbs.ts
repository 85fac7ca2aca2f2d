/** Words that attribute a statement: reporting verbs, participles and "according to". */
import type { Doc } from './document';
import { normalizeKey } from './normalize';
import { isAddressee, SETTING_NOUNS } from './source-words';
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
  /** Takes a direct object right after its subject (أدانت الوزارة الهجوم، دعت الوكالة المانحين). */
  transitive?: boolean;
  /** A present-tense form (يقول، تؤكد): its prefix takes a damma in the active too (يُقدّر). */
  present?: boolean;
  /** The preposition that opens what the verb is about: حذّرت السلطات من تفاقم الأزمة. */
  about?: string;
  /** "وفي تصريح للمتحدث باسم الجيش،": an according-to that names a speaker, whom a verb after it goes on. */
  speaks?: boolean;
  /** "عاد المتحدث ليقول": لـ of purpose; the subject is the one of the verb opening the sentence. */
  purpose?: boolean;
}

/**
 * [past, present, bare, transitive]: `bare` false when the uninflected past is more often a noun
 * or a preposition without vowels (بين "between", قدر "amount", سجل "record", طالب "student").
 * Verbs that take a document as object (أصدر، نشر) are left out: their subject cannot be
 * told from the object without vowels.
 */
const VERBS: [string, string, boolean, boolean?, string?][] = [
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
  ['سجل', 'يسجل', false, true],
  ['قدر', 'يقدر', false, true],
  ['تابع', 'يتابع', true],
  ['أردف', 'يردف', true],
  ['استطرد', 'يستطرد', true],
  ['أورد', 'يورد', true],
  ['بين', 'يبين', false],
  ['لفت', 'يلفت', true],
  ['نوه', 'ينوه', true],
  ['شدد', 'يشدد', true],
  ['أبلغ', '', true],
  ['أظهر', 'يظهر', false, true],
  ['أخبر', 'يخبر', true, true],
  ['روى', 'يروي', true],
  ['لاحظ', 'يلاحظ', true],
  ['أفصح', 'يفصح', true, false, 'عن'],
  ['تطرق', 'يتطرق', true, false, 'إلى'],
  // A pledge is its giver's claim: "تعهدت المملكة بستين مليون دولار".
  ['تعهد', 'يتعهد', true, false, 'ب'],
  // Bare تحدث is also "occurs" (تَحدث انتهاكات), نشر and بث are also "deployment", "broadcast".
  ['تحدث', 'يتحدث', false, false, 'عن'],
  ['نشر', 'ينشر', false, true],
  ['بث', 'يبث', false, true],
  ['زعم', 'يزعم', true],
  ['ادعى', 'يدعي', true],
  ['اعترف', 'يعترف', true],
  ['أقر', 'يقر', true],
  ['حذر', 'يحذر', true, false, 'من'],
  ['رجح', 'يرجح', true],
  ['كتب', 'يكتب', true],
  ['غرد', 'يغرد', true],
  ['أعرب', 'يعرب', true],
  ['نفى', 'ينفي', true],
  ['رحب', 'يرحب', true],
  ['توقع', 'يتوقع', true],
  ['اعتبر', 'يعتبر', true],
  ['أدان', 'يدين', true, true],
  ['اتهم', 'يتهم', true, true],
  ['ناشد', 'يناشد', true, true],
  ['حث', 'يحث', true, true],
  ['طالب', 'يطالب', false, true],
  // Bare رأى reads as the noun رأي "opinion" once alef maqsura is folded.
  ['رأى', 'يرى', false],
];

/** Verbs whose forms do not follow the pattern above: دعا، دعت، دعوا، يدعو. */
const IRREGULAR: [forms: string, gender: Gender, transitive: boolean][] = [
  ['دعا يدعو', 'm', true],
  ['دعت تدعو', 'f', true],
  ['دعوا يدعون', 'p', true],
];

const PARTICIPLES = [
  'قائلا مضيفا مؤكدا موضحا مشيرا لافتا منوها معلنا مبينا كاشفا متابعا مردفا محذرا مشددا معتبرا مقدرا',
];

const ACCORDING = 'بحسب حسب حسبما وفق وفقا وفقما طبقا نقلا استنادا';

const entries: [string, Cue][] = [];
const add = (word: string, role: CueRole, gender: Gender) => entries.push([normalizeKey(word), { role, gender }]);

for (const [pastRaw, presentRaw, bare, transitive, about] of VERBS) {
  const past = normalizeKey(pastRaw);
  const verb = (word: string, gender: Gender, present = false) =>
    entries.push([
      normalizeKey(word),
      { role: 'verb', gender, ...(transitive ? { transitive } : {}), ...(present ? { present } : {}), ...(about ? { about } : {}) },
    ]);
  const weak = past.endsWith('ي');
  const root = weak ? past.slice(0, -1) : past;
  if (bare) verb(past, 'm');
  verb(`${root}ت`, 'f');
  verb(`${root}وا`, 'p');
  if (!weak) verb(`${past}ا`, 'p');
  verb(`${root}تا`, 'p');
  // A toll "أعلنتها الوزارة", "وفق ما أعلنته الوزارة": the verb carries its object. Only where the
  // bare verb is unambiguous (قدرها، قدرتها are "its amount", "her ability"), and never a bare
  // verb + ه, which reads as a noun in ة once ta marbuta is folded (إضافة، تابعة).
  if (bare) {
    verb(`${root}ته`, 'f');
    verb(`${root}تها`, 'f');
    verb(`${past}ها`, 'm');
  }
  if (presentRaw) {
    const present = normalizeKey(presentRaw);
    verb(present, 'm', true);
    verb(`ت${present.slice(1)}`, 'f', true);
    verb(present.endsWith('ي') ? `${present.slice(0, -1)}ون` : `${present}ون`, 'p', true);
  }
}
for (const [forms, gender, transitive] of IRREGULAR) {
  for (const w of forms.split(' ')) entries.push([normalizeKey(w), { role: 'verb', gender, transitive }]);
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

/** The clitics before a cue word (و in وقال); '' for a word that only starts with و (وفقا، وثقت). */
export function cuePrefix(word: string): string {
  const hit = cues.find(word);
  if (hit) return hit.prefix;
  // "أما المرصد فقدّر": the ف of an opening-only verb answers "أما".
  return OPENING_ONLY.has(word) && word.startsWith('ف') ? 'ف' : '';
}

/** The cue at token i, if it attributes a statement there. */
export function cueAt(doc: Doc, i: number): Cue | null {
  const { tokens } = doc;
  if (tokens[i].kind !== 'w') return null;
  const word = tokens[i].text;
  // "وكان المكتب قد قدّر أن…": after قد the bare past is a verb.
  if (OPENING_ONLY.has(word)) return opensClause(doc, i) || AFTER_QAD.has(tokens[i - 1]?.text ?? '') ? OPENING_ONLY.get(word)! : null;
  if (SPOKEN_SETTINGS.has(word)) return spokenSetting(doc, i) ? SPOKEN : null;
  if (ISSUED.has(word)) return issuedBy(doc, i) ? ISSUED_BY : null;
  // "عاد المتحدث ليقول إن…": a verb of speech after لـ of purpose goes on the subject before it.
  if (TO_SAY.has(word)) return { role: 'verb', gender: word.startsWith('لت') ? 'f' : 'm', present: true, purpose: true };
  const hit = cues.find(word);
  // Only و and ف go before a verb; بـ/لـ make the word something else.
  if (!hit || (hit.prefix !== '' && hit.prefix !== 'و' && hit.prefix !== 'ف')) return null;
  const cue = hit.value;
  // "يُذكر أن": "it is worth noting", no one speaks.
  if (IMPERSONAL.has(word.slice(hit.prefix.length)) && /^ان/.test(tokens[i + 1]?.text ?? '')) return null;
  if (cue.role === 'according') return introducesSource(doc, i, hit.prefix) ? cue : null;
  const prev = tokens[i - 1];
  if (prev?.sent === tokens[i].sent && PREPOSITIONS.has(prev.text)) return null;
  return cue.role === 'verb' && vowelledPassive(doc, i, hit.prefix.length, cue.present === true) ? null : cue;
}

/**
 * Verbs left out above because alone they read as nouns (قدر "amount", سجل "record"), taken as
 * verbs when they open a sentence: "وقدّر البنك الدولي الأضرار…"، "قدر خبراء الأمم المتحدة…".
 */
const OPENING_ONLY = new Map<string, Cue>(
  ['وقدر', 'وسجل', 'وأظهر', 'وطالب', 'قدر', 'سجل', 'أظهر', 'فقدر', 'فسجل'].map((w) => [normalizeKey(w), { role: 'verb', gender: 'm', transitive: true }] as const),
);
const IMPERSONAL = new Set(['يذكر']);
const AFTER_QAD = new Set(['قد', 'لقد']);
const AMMA = new Set(['اما', 'واما']);

/** لـ of purpose and a verb of speech: ليقول، لتؤكد، ليعلن. */
const TO_SAY = new Set(
  'يقول يؤكد يعلن يوضح يضيف يشير يكشف يصرح'
    .split(' ')
    .flatMap((w) => [`ل${w}`, `لت${w.slice(1)}`])
    .map((w) => normalizeKey(w)),
);

/** "وفي حصيلة صادرة عن المكتب الإعلامي، …"، "في بيان صادر عنها": a document opening its sentence, and who issued it. */
const ISSUED = new Set(['صادره', 'صادر', 'الصادره', 'الصادر']);
const ISSUED_BY: Cue = { role: 'according', gender: '?' };
const DOCUMENTS = new Set(['حصيله', 'ارقام', 'احصاءات', 'احصائيه', 'معطيات']);
const RECENT_BEFORE = new Set(['احدث', 'اخر']);
const RECENT_AFTER = new Set(['جديده', 'اخيره', 'محدثه', 'رسميه', 'اوليه', 'جديد', 'اخير', 'رسمي', 'اولي']);

function issuedBy(doc: Doc, i: number): boolean {
  const { tokens, sentStart } = doc;
  if (tokens[i + 1]?.text !== 'عن' || tokens[i + 1].sent !== tokens[i].sent) return false;
  // "وفي أحدث حصيلة صادرة عن…"، "في حصيلة جديدة صادرة عن…": how recent it is may stand either side.
  let j = i - 1;
  if (RECENT_AFTER.has(tokens[j]?.text ?? '')) j--;
  const what = tokens[j]?.text ?? '';
  let p = j - 1;
  if (RECENT_BEFORE.has(tokens[p]?.text ?? '')) p--;
  if (!(DOCUMENTS.has(what) || SETTING_NOUNS.has(what)) || !IN.has(tokens[p]?.text ?? '')) return false;
  for (let k = sentStart[tokens[i].sent]; k < p; k++) if (tokens[k].kind !== 'p') return false;
  return true;
}

/** "وفي تصريح للمتحدث باسم الدفاع المدني، …"، "في حديث لرئيس البلدية": the statement of whom. */
const SPOKEN_SETTINGS = new Set(['تصريح', 'تصريحات', 'حديث', 'مقابله', 'كلمه']);
const SPOKEN: Cue = { role: 'according', gender: '?', speaks: true };
const IN = new Set(['في', 'وفي']);

/** "في تصريح لـX" opening its sentence, X not an audience (في تصريح لوكالة الأناضول). */
function spokenSetting(doc: Doc, i: number): boolean {
  const { tokens, sentStart } = doc;
  const next = tokens[i + 1];
  if (!IN.has(tokens[i - 1]?.text ?? '') || !next || next.sent !== tokens[i].sent || !/^ل/.test(next.text) || isAddressee(next.text)) return false;
  for (let k = sentStart[tokens[i].sent]; k < i - 1; k++) if (tokens[k].kind !== 'p') return false;
  return true;
}

/**
 * The word opens its sentence, or a clause after a comma: "…، قدّر باحثون عدد ضحاياها"; or,
 * with ف, answers "أما X": "أما المرصد فقدّر الحصيلة بـ…".
 */
const CONTRAST_JOINS = new Set(['بينما', 'فيما', 'حين']);

function opensClause(doc: Doc, i: number): boolean {
  const { tokens, sentStart } = doc;
  const prev = tokens[i - 1];
  if (prev && prev.sent === tokens[i].sent && (prev.text === '،' || prev.text === ',')) return true;
  // "…، بينما قدّر بحث … عدد القتلى بنحو …": a conjunction of contrast opens a clause of its own.
  if (prev && prev.sent === tokens[i].sent && CONTRAST_JOINS.has(prev.text)) return true;
  if (tokens[i].text.startsWith('ف')) {
    for (let k = i - 1; k >= sentStart[tokens[i].sent] && k >= i - 12; k--) if (AMMA.has(tokens[k].text)) return true;
    return false;
  }
  for (let k = sentStart[tokens[i].sent]; k < i; k++) if (tokens[k].kind !== 'p') return false;
  return true;
}

/** "وفق ما وثقه المرصد": after "ما" a verb may carry its object ه, which reads like ة alone. */
export function verbWithObject(word: string): Cue | null {
  if (!word.endsWith('ه')) return null;
  const hit = cues.find(word.slice(0, -1));
  return hit && hit.prefix === '' && hit.value.role === 'verb' ? hit.value : null;
}

const DAMMA = 0x064f;
const FATHA = 0x064e;

/** Whether the normalised letter at `letter` carries the mark in the original text. */
function marked(doc: Doc, letter: number, mark: number): boolean {
  const from = doc.map[letter] + 1;
  const to = doc.map[letter + 1];
  for (let k = from; k < to; k++) if (doc.original.charCodeAt(k) === mark) return true;
  return false;
}

/**
 * أُعلن، ذُكر، رُصد: a damma on the first letter makes a past verb passive, with no speaker. A
 * present verb takes a damma on its prefix in the active too (يُقدِّر، يُعلن); it is passive when
 * the letter before its last also has a fatha (يُقدَّر، يُذكَر).
 */
function vowelledPassive(doc: Doc, i: number, prefixLen: number, present: boolean): boolean {
  const t = doc.tokens[i];
  const letter = t.start + prefixLen;
  if (!marked(doc, letter, DAMMA)) return false;
  return !present || marked(doc, t.end - 2, FATHA);
}

/**
 * لم تذكر الوزارة، لا يقول: a negated verb reports nothing; nor does a negated verbal noun
 * ("عدم كشف اسمه"، "دون ذكر"), common when a wire quotes an anonymous official.
 * (ما before a verb is mostly "what": على ما أعلن.)
 */
const NEGATIONS = new Set(['لم', 'ولم', 'فلم', 'لا', 'ولا', 'لن', 'ولن', 'عدم', 'دون', 'بدون']);

export function isNegated(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (prev !== undefined && prev.sent === doc.tokens[i].sent && NEGATIONS.has(prev.text)) return true;
  // "طالباً عدم كشف اسمه"، "مفضلاً عدم ذكره": asking not to be named states nothing either.
  const next = doc.tokens[i + 1];
  return next !== undefined && next.sent === doc.tokens[i].sent && next.text === 'عدم';
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
  if (core === 'جاء' || core === 'ورد') {
    // "جاء في بيان الوزارة" or, pointing back at what was just reported, "جاء ذلك في بيان لـ…".
    const at = POINTERS.has(next) ? i + 2 : i + 1;
    const link = tokens[at]?.text ?? '';
    return (link === 'في' || (at > i + 1 && link === 'خلال')) && SETTING_NOUNS.has(tokens[at + 1]?.text ?? '');
  }
  return true;
}

/** "جاء ذلك في بيان": ذلك points back at the sentences before. */
export const POINTERS = new Set(['ذلك', 'هذا']);
