/**
 * The phrase that names a source: the subject after a reporting verb (stopping at time words,
 * "في بيان", "إن/أن", an audience, punctuation), a short subject before it, or a quoted name.
 */
import { verbTest } from './verb-forms';
import { spanOf, type Doc } from './document';
import type { Token } from './tokenize';
import { events } from './events';
import { numberWords, vagueWords } from './number-words';
import { normalizeKey } from './normalize';
import { dualNouns, nouns } from './nouns';
import { QUANTITY_NOUNS } from './numbers';
import { cueAt } from './reporting-verbs';
import { wordSet } from './word-forms';
import {
  ADDRESSED,
  CLAUSE_OPENERS,
  isAddressee,
  ISSUED,
  isWrapper,
  LAM_CUES,
  NOT_SUBJECT_START,
  OBJECT_MASDARS,
  ON_WHAT,
  SETTING_NOUNS,
  SUBJECT_STOPS,
  TIME_WORDS,
} from './source-words';

/** [first token, end token (exclusive), clitic letters to skip]; skip -1: only wrapper words ("حصيلة"). */
export type NounPhrase = [number, number, number];

export interface SubjectOptions {
  /** Stop at عن: نقلت X عن Y. */
  transmit?: boolean;
  /** The ل on the first word belongs to the cue: وفقاً لوزارة الصحة. */
  lam?: boolean;
  /** The verb takes an object right after its subject: أدانت الوزارة الهجوم. */
  transitive?: boolean;
  /** The preposition of what the verb is about, which ends its subject: من after حذّر. */
  about?: string;
  /** After a reporting verb a verbal noun is its object, not its subject: "رصدت وصول 21 ألف أسرة". */
  verb?: boolean;
}

/**
 * A subject does not start with a preposition: "سجلت في عيادتين …"، "أعلنت خلالها استعادة …" say
 * where and when; the speaker is named elsewhere. (علي is also the name Ali, and stays.)
 */
const PREPOSITION_FIRST = /^(من|في|منذ|خلال|عبر|بعد|قبل|حتي|مع|عن|لدي|عند)(ه|ها|هم|هما|هن)?$|^(منه|منها|منهم|عليه|عليها|عليهم|اليه|اليها|اليهم)$/;

/** "أفاد به مراسل الجزيرة": the pronoun after the verb is its complement, not the subject. */
const COMPLEMENT_PRONOUNS = new Set(['به', 'بها', 'بهم']);
/** Noun-phrase words that follow a definite word and still belong to it. */
const ADJECTIVES_AFTER_ARTICLE = new Set(['العام', 'العامه', 'الخاص', 'الخاصه', 'الاول', 'الاولي', 'الثاني', 'الثانيه', 'العليا', 'الكبري']);

/**
 * An adjective agreeing with the definite word before it: nisba (الإسرائيلي، الدولية), participle
 * (المتحدة، المدني), colour and elative (الأحمر، الأعلى), فعيل (السريع، الكبير).
 */
function adjectiveLike(word: string): boolean {
  if (!word.startsWith('ال') || ADJECTIVES_AFTER_ARTICLE.has(word)) return true;
  const stem = word.slice(2);
  return /(ي|يه|يين|يون|يات)$/.test(stem) || stem.startsWith('م') || (stem.length === 4 && stem.startsWith('ا')) || /^..ي.$/.test(stem);
}

/** The subject from token j. */
export function subjectAfter(doc: Doc, j: number, options: SubjectOptions = {}): NounPhrase | null {
  const { tokens } = doc;
  if (COMPLEMENT_PRONOUNS.has(tokens[j]?.text ?? '')) j++;
  const sent = tokens[j]?.sent;
  if (sent === undefined || tokens[j - 1]?.sent !== sent || PREPOSITION_FIRST.test(tokens[j].text)) return null;
  const quoted = quotedName(doc, j, options.transmit) ?? (options.transitive ? objectAfterName(doc, j) : null);
  if (quoted) return quoted;
  let k = j;
  while (k < tokens.length && k - j < 12) {
    const t = tokens[k];
    if (t.sent !== sent) break;
    if (k > j && doc.closeOf[k] >= 0) {
      // منظمة "أنقذوا الأطفال" إن: a quoted name finishes the subject; نائب رئيس «مركز
      // المصالحة» في سوريا: or stands inside it.
      const close = doc.closeOf[k];
      if (quotedName(doc, k, options.transmit, true)) {
        k = close + 1;
        break;
      }
      if (nameInside(doc, k, close)) {
        k = close + 1;
        continue;
      }
    }
    // "قناة (الحرة) الأمريكية": a body's name in brackets after the word for it.
    if (t.text === '(' && k > j && ORGANISATIONS.has(tokens[k - 1].text)) {
      let close = k + 1;
      while (close < k + 6 && tokens[close]?.sent === sent && tokens[close].kind === 'w') close++;
      if (close > k + 1 && tokens[close]?.text === ')') {
        k = close + 1;
        continue;
      }
    }
    if (t.kind !== 'w' || endsSubject(doc, k, j, options)) break;
    k++;
  }
  if (k === j) return null;
  k = apposition(doc, j, k, options);
  let first = j;
  while (first < k && isWrapper(tokens[first].text)) first++;
  // "الحصيلة اليومية للحكومة": an adjective of the document before whose it is.
  if (first > j && first + 1 < k && describesDocument(tokens[first].text) && tokens[first + 1].text.startsWith('ل')) first++;
  if (first === k) return [j, k, -1];
  const head = tokens[first].text;
  // Strip "حصيلة/بيان/بيانات" only before whose they are: عن X، لـX، الأمم المتحدة ("تقرير أممي" stays).
  if (first > j && tokens[first - 1].text !== 'عن' && !head.startsWith('ال') && !head.startsWith('ل')) first = j;
  const lead = tokens[first].text;
  const skip = (first > j || options.lam) && lead.startsWith('ل') && !lead.startsWith('لل') ? 1 : 0;
  return [first, k, skip];
}

/**
 * "قدّرت "تنسيقية الضحايا" عدد الأسر": after a transitive verb a quoted name is its subject when
 * the count it estimates or the thing it acts on follows as its object.
 */
function objectAfterName(doc: Doc, j: number): NounPhrase | null {
  const close = doc.closeOf[j];
  if (close < 0 || close - j - 1 < 1 || close - j - 1 > 5 || !nameInside(doc, j, close)) return null;
  const after = doc.tokens[close + 1];
  return after && after.sent === doc.tokens[j].sent && COUNT_OBJECT.test(after.text) ? [j + 1, close, 0] : null;
}
const COUNT_OBJECT = /^(ال)?(عدد|اعداد|حصيله|الحصيله|خسائر|اضرار|كلفه|تكلفه)$/;

/** A short quotation of plain words, no count in it: a name inside a longer subject. */
function nameInside(doc: Doc, open: number, close: number): boolean {
  if (close - open - 1 < 1 || close - open - 1 > 5) return false;
  for (let k = open + 1; k < close; k++) {
    const w = doc.tokens[k];
    if (w.kind !== 'w' || numberWords.find(w.text) || vagueWords.find(w.text) || events.find(w.text)) return false;
  }
  return true;
}

/** What opens the reported statement after a speaker's name. */
const REPORTED = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها']);

/**
 * "المتحدث باسم الدفاع المدني، محمود بصل، للجزيرة إن": a name set off by commas after the subject
 * belongs to it when what follows the second comma ends a subject. Returns the new end.
 */
function apposition(doc: Doc, j: number, k: number, options: SubjectOptions): number {
  const { tokens } = doc;
  const comma = (t: Token | undefined) => t !== undefined && t.sent === tokens[j].sent && (t.text === '،' || t.text === ',');
  if (!comma(tokens[k])) return k;
  // "، للأناضول،": told to someone, not a name.
  if (/^[وف]?لل/.test(tokens[k + 1]?.text ?? '')) return k;
  let m = k + 1;
  while (m < tokens.length && m - k <= 5 && tokens[m].kind === 'w' && !NOT_SUBJECT_START.has(tokens[m].text)) {
    if (TIME_WORDS.has(tokens[m].text) || endsSubject(doc, m, k + 1, options)) return k;
    m++;
  }
  if (m === k + 1 || !comma(tokens[m])) return k;
  const after = tokens[m + 1];
  if (!after || after.sent !== tokens[j].sent || after.kind !== 'w') return k;
  const next = tokens[m + 2]?.text ?? '';
  const closes =
    REPORTED.has(after.text) || isAddressee(after.text) || TIME_WORDS.has(after.text) || (after.text === 'في' && SETTING_NOUNS.has(next));
  return closes ? m : k;
}

/** Words for a body whose name follows in quotation marks: منظمة «…»، قناة "…". */
const ORGANISATIONS = wordSet(
  'منظمة فريق حركة جماعة هيئة جمعية مجموعة شبكة مركز قناة وكالة صحيفة موقع حزب تحالف ائتلاف مرصد مبادرة لجان لجنة منصة'.split(' '),
  { clitics: true, definite: true },
);

/** الدولية، اللبنانية، الأممي: a definite adjective of origin. */
const NISBA = /^ال..+(يه|ية|ي)$/;

/** Punctuation that may follow a quoted name: «المرصد السوري»، قال / فريق «منسقو استجابة سوريا». */
const AFTER_NAME = new Set(['،', ',', '.', ':']);

/**
 * «أطباء بلا حدود» قالت إن / قالت "حماس" في بيان / رصد «المرصد» 27 خرقا: a short quoted name
 * followed by what ends a subject.
 */
export function quotedName(doc: Doc, j: number, transmit = false, inside = false): NounPhrase | null {
  const { tokens, closeOf } = doc;
  const close = closeOf[j];
  if (close < 0 || close - j - 1 < 1 || close - j - 1 > 5) return null;
  for (let k = j + 1; k < close; k++) if (tokens[k].kind !== 'w') return null;
  const after = tokens[close + 1];
  // After a word for a body (فريق «منسقو استجابة سوريا».) the quotation is its name, wherever it ends.
  if (inside && ORGANISATIONS.has(tokens[j - 1].text)) return [j + 1, close, 0];
  if (!after || after.sent !== tokens[j].sent) return null;
  if (after.kind === 'n' || AFTER_NAME.has(after.text)) return [j + 1, close, 0];
  if (after.kind !== 'w') return null;
  // "وفق "الصحة" اللبنانية.": an adjective of origin after the quoted name, then the clause ends.
  const beyond = tokens[close + 2];
  if (NISBA.test(after.text) && (!beyond || beyond.sent !== after.sent || AFTER_NAME.has(beyond.text))) return [j + 1, close, 0];
  const next = tokens[close + 2]?.text ?? '';
  const ends =
    SUBJECT_STOPS.has(after.text) ||
    TIME_WORDS.has(after.text) ||
    (after.text === 'في' && SETTING_NOUNS.has(next)) ||
    (transmit && after.text === 'عن') ||
    isAddressee(after.text);
  return ends ? [j + 1, close, 0] : null;
}

function endsSubject(doc: Doc, k: number, first: number, options: SubjectOptions): boolean {
  const { tokens } = doc;
  const w = tokens[k].text;
  const next = tokens[k + 1]?.sent === tokens[k].sent ? tokens[k + 1].text : '';
  if (SUBJECT_STOPS.has(w) || QUALIFYING.has(w) || (TIME_WORDS.has(w) && !generalTitle(w, next))) return true;
  // "مسؤول محلي، مفضلاً عدم ذكر اسمه": the circumstantial clause is not part of the name.
  if (next === 'عدم') return true;
  const masdar = OBJECT_MASDARS.find(w);
  if (masdar && (k > first || masdar.prefix !== '' || options.verb)) return true;
  // "أعلن الوزير فتح 89 مدرسة", but not the movement: "حركة فتح"، "المتحدث باسم فتح".
  if (w === 'فتح' && k > first && !NAMES_FATAH.has(tokens[k - 1].text)) return true;
  if (w === 'في') return SETTING_NOUNS.has(next) || TIME_WORDS.has(next) || (LATEST.has(next) && SETTING_NOUNS.has(tokens[k + 2]?.text ?? ''));
  if (w === 'علي') return k === first || next.startsWith('ال') || ON_WHAT.has(next);
  if (w === 'عن') {
    if (options.transmit || k === first) return true;
    if (ISSUED.has(tokens[k - 1].text)) return false;
    return events.find(next) !== null || tokens[k + 1]?.kind === 'n';
  }
  if (isAddressee(w)) return true;
  if (k > first && cueAt(doc, k)) return true;
  if (k > first && options.transitive && (ADDRESSED.has(w) || objectAfterDefinite(doc, k))) return true;
  if (k > first && options.about === w) return true;
  const ev = events.find(w);
  if (ev && !ev.definite && ev.value.harm) return true;
  // "رصدت القوات الروسية انتهاكين": the count is the object.
  // "مركز عمليات طوارئ الصحة"، "غرفة عمليات": a countable noun in construct after a body's head is its name.
  if (k > first && countedObject(w) && !NAME_HEADS.has(tokens[k - 1].text)) return true;
  const num = numberWords.find(w);
  if (num && num.value.value >= 2) return true;
  return vagueWords.find(w) !== null || QUANTITY_NOUNS.find(w) !== null;
}

const NAME_HEADS = new Set(['مركز', 'غرفه', 'غرفة', 'وحده', 'وحدة', 'اداره', 'ادارة', 'قياده', 'قيادة']);

/** "في أحدث تقاريرها"، "في آخر بيان له": a setting after "the latest". */
const LATEST = new Set(['احدث', 'اخر', 'اخير']);

/** The first word of a qualifier: the count, not the subject, starts here (قدّر البنك … بنحو). */
const QUALIFYING = new Set(['نحو', 'بنحو', 'لنحو', 'حوالي', 'بحوالي', 'قرابة', 'بقرابة', 'زهاء', 'اكثر', 'باكثر', 'اقل', 'باقل']);

/** "المدير العام"، "الأمين العام": العام is "general" unless a year follows (العام الماضي، العام 2023). */
const YEAR_AFTER = new Set(['الماضي', 'الحالي', 'الجاري', 'المقبل', 'المنصرم', 'القادم', 'السابق']);
function generalTitle(word: string, next: string): boolean {
  return word === 'العام' && !YEAR_AFTER.has(next) && !/^[0-9]/.test(next);
}

/** A second definite noun that is no adjective of the first starts the object: أدان المكتب الهجوم. */
function objectAfterDefinite(doc: Doc, k: number): boolean {
  const w = doc.tokens[k].text;
  const prev = doc.tokens[k - 1].text;
  return w.startsWith('ال') && prev.startsWith('ال') && !adjectiveLike(w);
}

/** An indefinite dual, violation or weapon noun: what a reporting verb counts, not who reports. */
function countedObject(word: string): boolean {
  const dual = dualNouns.find(word);
  if (dual && !dual.definite) return true;
  const hit = nouns.find(word);
  if (!hit || hit.definite || hit.prefix !== '') return false;
  const { noun } = hit.value;
  return noun.kind === 'weapon' || noun.category === 'violations';
}

const NAMES_FATAH = new Set(['حركه', 'لحركه', 'وحركه', 'باسم', 'حركتا']);

/** Words that may stand between a subject and its verb: "كانت الوزارة قد أعلنت". */
const BEFORE_VERB = new Set(['قد', 'فقد', 'لقد']);
const APPOSITION = new Set(['وهي', 'وهو', 'وهم']);
const isComma = (t: Token | undefined) => t !== undefined && (t.text === '،' || t.text === ',');

/** Verbs of going on, "he went on saying": مضى يقول، راح يقول، أخذ يقول، ظل يقول. */
const GOING_ON = new Set(['مضى', 'مضت', 'راح', 'راحت', 'أخذ', 'أخذت', 'ظل', 'ظلت', 'استمر', 'استمرت'].map(normalizeKey));

/** Openers after which a longer subject stands before its verb: "وكانت X قالت"، "أما X فقال". */
const TOPIC_OPENERS = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'اما', 'واما']);
const SHORT_SUBJECT = 5;
const TOPIC_SUBJECT = 12;

/**
 * "رئيس الوزراء الأرميني أعلن": a short subject between the clause start and the verb; a longer
 * one after "كانت"/"أما" ("وكانت وكالة الأونروا (…) قد قالت"). A parenthesised acronym is kept.
 */
export function subjectBefore(doc: Doc, i: number): NounPhrase | null {
  const { tokens } = doc;
  const sent = tokens[i].sent;
  let end = i;
  while (end - 1 >= 0 && tokens[end - 1].sent === sent && BEFORE_VERB.has(tokens[end - 1].text)) end--;
  // "وكانت الوزارة الحوثية، قد أفادت": a scraped comma between the subject and "قد".
  if (end < i && isComma(tokens[end - 1]) && tokens[end - 1].sent === sent && tokens[end - 2]?.kind === 'w') end--;
  // "ومضى يقول"، "وراحت تقول": a verb of going on before the verb is no subject; the speaker is
  // the one before.
  // "لكن جمعية X، وهي منظمة محلية، قالت": an apposition set off by commas stands between the
  // subject and its verb.
  if (isComma(tokens[end - 1]) && tokens[end - 1].sent === sent) {
    for (let k = end - 2; k >= 1 && k >= end - 12 && tokens[k].sent === sent; k--) {
      if (APPOSITION.has(tokens[k].text) && isComma(tokens[k - 1])) {
        end = k - 1;
        break;
      }
      if (tokens[k].kind !== 'w') break;
    }
  }
  const aux = tokens[end - 1];
  if (aux && aux.sent === sent && (GOING_ON.has(aux.text) || (/^[وف]/.test(aux.text) && GOING_ON.has(aux.text.slice(1))))) return null;
  let k = end - 1;
  let words = 0;
  let afterVerb = false;
  while (k >= 0 && words <= TOPIC_SUBJECT) {
    const t = tokens[k];
    if (t.sent !== sent) break;
    if (t.text === ')' || t.text === '»' || t.text === '"') {
      const open = openerOf(doc, k);
      if (open < 0) break;
      k = open - 1;
      continue;
    }
    if (t.kind !== 'w' || CLAUSE_OPENERS.has(t.text) || TOPIC_OPENERS.has(t.text)) break;
    if (cueAt(doc, k)) {
      afterVerb = true;
      break;
    }
    const event = events.find(t.text);
    // "المنظمة الدولية للهجرة قالت": an event word after "لـ" names what a body is for.
    if (numberWords.find(t.text) || (event?.value.harm && !event.prefix.startsWith('ل'))) return null;
    words++;
    k--;
  }
  let first = k + 1;
  const topic = k >= 0 && tokens[k].sent === sent && (TOPIC_OPENERS.has(tokens[k].text) || contrasts(tokens, k));
  if (first >= end || words > (topic ? TOPIC_SUBJECT : SHORT_SUBJECT)) return null;
  // "الجيش يتحدث عن 60 مهاجماً وجمعية محلية تحصي 110 قتلى": the noun a number counts is no
  // subject; the clause opened by "و" after it is.
  if (tokens[first - 1]?.kind === 'n' && tokens[first - 1].sent === sent) {
    let f = first + 1;
    while (f < end && !tokens[f].text.startsWith('و')) f++;
    if (f >= end || f > first + 2) return null;
    first = f;
  }
  const head = tokens[first].text;
  // After "وكانت" or a verb the subject's first letter is its own (وكالة، وزارة), not a conjunction.
  const conj = !topic && !afterVerb && (head.startsWith('و') || head.startsWith('ف'));
  if (NOT_SUBJECT_START.has(head) || (conj && NOT_SUBJECT_START.has(head.slice(1))) || TIME_WORDS.has(head)) return null;
  // "وأوضحت أن هذه الحالات سُجلت في …": what a demonstrative points back to is reported, not reporting.
  if (DEMONSTRATIVES.has(head) || (conj && DEMONSTRATIVES.has(head.slice(1)))) return null;
  return [first, end, conj && head.length > 3 ? 1 : 0];
}

const DEMONSTRATIVES = new Set(['هذه', 'هذا', 'هذان', 'هاتان', 'هذين', 'هاتين', 'هولاء', 'هؤلاء', 'تلك', 'ذلك', 'اولئك']);

/** "عاد"، "عادت": "went back to say", before a verb of speech with لـ (ليؤكد). */
const RETURNED_TO = new Set(['عاد', 'عادت']);

/** "غير أن"، "إلا أن"، "بيد أن": a contrast opening a sentence with its subject. */
const CONTRAST_HEADS = new Set(['غير', 'الا', 'بيد']);

/**
 * "غير أن المنظمة قدّمت أرقاماً أعلى، إذ قالت…": a verb after "إذ" or "حيث" with no subject of its
 * own shares the subject that opens the sentence after "غير أن".
 */
function contrastedSubject(doc: Doc, i: number): NounPhrase | null {
  const { tokens, sentStart } = doc;
  const before = tokens[i - 1]?.text ?? '';
  if (before !== 'اذ' && before !== 'حيث') return null;
  let k = sentStart[tokens[i].sent];
  while (k < i && tokens[k].kind === 'p') k++;
  const head = tokens[k]?.text ?? '';
  if (!CONTRAST_HEADS.has(head.replace(/^و/, '')) || tokens[k + 1]?.text !== 'ان' || tokens[k + 2]?.kind !== 'w' || NOT_SUBJECT_START.has(tokens[k + 2].text)) return null;
  const subject = subjectAfter(doc, k + 2, { transitive: true });
  if (!subject || subject[1] >= i) return null;
  let end = k + 3;
  // "المنظمة الدولية للهجرة"، "وكالة الإغاثة": the definite words and a genitive with لـ belong to the name.
  while (end < subject[1] && tokens[end].text.startsWith('ال')) end++;
  while (end < subject[1] && tokens[end].text.startsWith('لل')) end++;
  return [subject[0], end, subject[2]];
}

/**
 * "واستأنف البرنامج التوزيع لاحقا، وأعلن أنه قدّم…"، "وتخوض الحكومة حملة…، أعلنت خلالها…": a
 * verb with no subject of its own, later in a sentence that opens with a verb and its definite
 * subject, shares that subject.
 */
export function openingSubject(doc: Doc, i: number): NounPhrase | null {
  const { tokens, sentStart } = doc;
  const contrasted = contrastedSubject(doc, i);
  if (contrasted) return contrasted;
  let k = afterOpener(doc, sentStart[tokens[i].sent], i);
  while (k < i && tokens[k].kind === 'p') k++;
  // "وعاد ووسورنو في رده على الأعضاء ليؤكد…": after "عاد" a name without the article is the subject
  // too (one with it is taken below).
  if (k + 1 < i && RETURNED_TO.has(tokens[k].text.replace(/^[وف]/, '')) && tokens[k + 1].kind === 'w' && !tokens[k + 1].text.startsWith('ال')) {
    let end = k + 1;
    while (end < i && end < k + 5 && tokens[end].kind === 'w' && !NOT_SUBJECT_START.has(tokens[end].text) && !CLAUSE_OPENERS.has(tokens[end].text) && !TIME_WORDS.has(tokens[end].text) && !cueAt(doc, end)) end++;
    if (end > k + 1) return [k + 1, end, 0];
  }
  if (k + 2 >= i || !opensWithVerb(tokens[k].text) || cueAt(doc, k)) return null;
  // "أفاد المكتب بأنه وثّق…": a reporting verb between says whose the verb is; "رام الله - أفاد…"
  // opens with a place, not a verb.
  for (let m = k + 1; m < i; m++) if (cueAt(doc, m)) return null;
  // "تبنت "جماعة نصرة الإسلام" الهجوم، وزعمت…": a quoted name is the subject too.
  const close = doc.closeOf[k + 1];
  if (close > k + 2 && close - k - 2 <= 5 && close < i) return [k + 2, close, 0];
  if (!tokens[k + 1].text.startsWith('ال')) return null;
  const subject = subjectAfter(doc, k + 1, { transitive: true });
  if (!subject || subject[1] > i) return null;
  // The definite subject ends where an indefinite object begins: "وتخوض الحكومة الصومالية حملة".
  let end = k + 2;
  while (end < subject[1] && tokens[end].text.startsWith('ال')) end++;
  // "عاد المتحدث باسم وزارة الصحة ليقول": a spokesman is named with whom he speaks for.
  if (tokens[end]?.text === 'باسم') end = subject[1];
  return [subject[0], end, subject[2]];
}

/** أصدر، نشر: verbs whose object is a document. */
const isIssue = verbTest('أصدر نشر');
const ISSUE_REACH = 10;

/**
 * "أصدرت قيادة الجيش، أمس، بياناً أحصت فيه…": the subject of the verb that issued the document at
 * token `docTok`, which a verb describing the document shares.
 */
export function issuerOf(doc: Doc, docTok: number): NounPhrase | null {
  const { tokens } = doc;
  const sent = tokens[docTok].sent;
  for (let v = docTok - 2; v >= 0 && v >= docTok - ISSUE_REACH && tokens[v].sent === sent; v--) {
    if (!isIssue(tokens[v].text)) continue;
    const subject = subjectAfter(doc, v + 1, { transitive: true });
    return subject && subject[1] <= docTok ? subject : null;
  }
  return null;
}

/** "في المقابل،"، "من جهته،"، "بدوره،": a discourse opener set off by a comma before the verb. */
const OPENER_FIRST = new Set(['في', 'وفي', 'من', 'ومن', 'بدوره', 'بدورها', 'بدورهم']);
const OPENER_WORDS = 3;

/** The first token after a discourse opener at the start of the sentence, or `from` when there is none. */
function afterOpener(doc: Doc, from: number, limit: number): number {
  const { tokens } = doc;
  let k = from;
  while (k < limit && tokens[k].kind === 'p') k++;
  if (!OPENER_FIRST.has(tokens[k]?.text ?? '')) return from;
  for (let m = k; m < limit && m <= k + OPENER_WORDS; m++) if (tokens[m].text === '،' || tokens[m].text === ',') return m + 1;
  return from;
}

/** A word that can be the verb opening a sentence: no article, no number, no noun counted here, no particle. */
function opensWithVerb(word: string): boolean {
  const core = /^[وف]/.test(word) ? word.slice(1) : word;
  if (core.length < 3 || core.startsWith('ال') || numberWords.find(core) || vagueWords.find(core) || nouns.find(core)) return false;
  return !CLAUSE_OPENERS.has(core) && !NOT_SUBJECT_START.has(core) && !TIME_WORDS.has(core) && !TOPIC_OPENERS.has(word);
}

/** "غير أن طبيبا في المستشفى الإقليمي قال"، "لكن مسؤولا في الوزارة قال": after "however" the subject runs longer. */
const CONTRASTIVE = new Set(['غير', 'الا', 'بيد']);
const BUT = new Set(['لكن', 'ولكن']);
function contrasts(tokens: Token[], k: number): boolean {
  return BUT.has(tokens[k].text) || (tokens[k].text === 'ان' && CONTRASTIVE.has(tokens[k - 1]?.text ?? ''));
}

/** The opening mark of a short bracket or quotation that closes at token k, or -1. */
function openerOf(doc: Doc, k: number): number {
  const { tokens, closeOf } = doc;
  for (let o = k - 1; o >= 0 && o >= k - 8 && tokens[o].sent === tokens[k].sent; o--) {
    if (tokens[k].text === ')' ? tokens[o].text === '(' : closeOf[o] === k) return o;
  }
  return -1;
}

/** "اليومية"، "الأسبوعي"، "الأخير": a definite adjective describing a document, after it and before whose it is. */
function describesDocument(word: string): boolean {
  return word.startsWith('ال') && !isWrapper(word);
}

/** The source as written: original characters, blanks collapsed, invisible marks dropped. */
export function renderSource(doc: Doc, [first, end, skip]: NounPhrase): string {
  const { tokens, original } = doc;
  // "بيان للأمم المتحدة"، "وفقا للإحصاءات": ل + ال is written لل; the source is الأمم المتحدة.
  const prev = first > 0 ? tokens[first - 1].text : '';
  const wrapped = isWrapper(prev) || (first > 1 && describesDocument(prev) && isWrapper(tokens[first - 2].text));
  const lam = skip === 0 && tokens[first].text.startsWith('لل') && (wrapped || LAM_CUES.has(prev) || LAM_CUES.has(prev.slice(1)));
  const [s, e] = spanOf(doc, first, end - 1, lam ? 2 : skip);
  const text = original
    .slice(s, e)
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return lam ? `ال${text}` : text;
}
