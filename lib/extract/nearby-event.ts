/** The event word nearest a counted phrase: what befell the people or things counted. */
import type { Doc } from './document';
import { phraseSense } from './event-phrases';
import { BUILT, ESCAPED, events, RETURNED, senseOfLabel, type EventSense } from './events';
import { TIME_WORDS } from './source-words';
import { nouns } from './nouns';

export const CLAUSE_BREAKS = new Set(['،', ',', '؛', ';', ':']);
/** After a comma these keep the event of the clause before: "…، بينهم 3 أطفال". */
export const INCLUSIVE = new Set(['بينهم', 'بينهن', 'منهم', 'منهن', 'غالبيتهم', 'معظمهم', 'اغلبهم', 'ثلثهم', 'نصفهم', 'ربعهم', 'جلهم', 'اكثرهم']);
/**
 * How far after the counted phrase its event may stand: "13 من جنود قوات حفظ السلام وقوة
 * مجموعة التنمية قتلوا".
 */
const AFTER_WORDS = 9;
/** إن، أن، بأن: what follows is reported speech, apart from the reporting clause before it. */
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'انهم', 'انهن', 'بان', 'بانه', 'بانها', 'بانهم']);
/** "، أي ما يعادل 90% من السكان،": a restatement set off by commas inside the clause. */
const RESTATEMENT = 'اي';
/** "تمكنوا من الفرار"، "نجحوا في الهرب": getting away is an escape. */
const MANAGED = /^و?(تمكن|تمكنت|تمكنوا|تمكنا|يتمكن|نجح|نجحت|نجحوا|استطاع|استطاعت|استطاعوا)$/;
function managedTo(doc: Doc, k: number): boolean {
  const prep = doc.tokens[k - 1]?.text;
  return (prep === 'من' || prep === 'في') && MANAGED.test(doc.tokens[k - 2]?.text ?? '');
}
/** استهدفتها، ترحيلهم: a verb or verbal noun with its object pronoun. */
const OBJECT_PRONOUN = /(هما|هم|هن|ها|ه)$/;

const REDO = /^(ال)?(تاهيل|بناء|اعمار|ترميم|فتح|تشغيل|تاهيلها|بنائها|فتحها|تشغيلها|اعمارها|ترميمها)$/;
const PLACES = /^[وبل]?(نقطه|نقاط|معبر|معابر|منفذ|منافذ|ممر|ممرات)$/;

/** Which senses a counted noun can take: people are not "struck", ships do not "return". */
export type SenseFilter = (sense: EventSense) => boolean;
export const FOR_PEOPLE: SenseFilter = (s) => !s.thingsOnly;
/** Things are destroyed, damaged, struck, or used as shelters; they are not killed or displaced. */
export const FOR_THINGS: SenseFilter = (s) => s.toThings === true || s.forThings !== undefined;

function namesThing(word: string): boolean {
  const hit = nouns.find(word);
  return hit !== null && (hit.value.noun.kind === 'object' || hit.value.noun.kind === 'weapon');
}

/** A casualty noun tells what befell the rest too: "137 شهيداً بينهم 26 طفلاً". */
function nounSense(word: string): EventSense | null {
  const hit = nouns.find(word);
  return hit && hit.value.noun.kind === 'fixed' ? senseOfLabel(hit.value.noun.label) : null;
}

function senseAt(doc: Doc, k: number): EventSense | null {
  const word = doc.tokens[k].text;
  const phrase = phraseSense(doc, k);
  if (phrase) return phrase;
  const hit = events.find(word);
  // "نقطة العبور"، "ممر الإجلاء": a place named by what is done there.
  if (hit && word.startsWith('ال') && PLACES.test(doc.tokens[k - 1]?.text ?? '')) return null;
  // "أُعيد تأهيل 640 منها"، "إعادة بناء المنازل": re-doing something, not a return.
  if (hit?.value === RETURNED && REDO.test(doc.tokens[k + 1]?.text ?? '')) return null;
  if (hit?.value.flight && managedTo(doc, k)) return ESCAPED;
  if (hit) return hit.value;
  const sense = nounSense(word);
  if (sense) return sense;
  const bare = word.replace(OBJECT_PRONOUN, '');
  // "الرحلة" is no "الرحل" with a pronoun: a word with the article takes none.
  if (bare !== word && bare.length > 2 && !word.startsWith('ال')) {
    const ev = events.find(bare)?.value ?? null;
    // "الممر الذي أنشأته أوكرانيا سمح بعبور 3 آلاف سفينة": what was set up is the pronoun's.
    return ev === BUILT ? null : ev;
  }
  // "ألحق أضراراً"، "يواجهون جوعاً": a verbal noun in the accusative.
  return word.length >= 4 && word.endsWith('ا') ? (events.find(word.slice(0, -1))?.value ?? null) : null;
}

/**
 * Back to the start of the clause (or past "، بينهم") up to ten words, or up to nine words after
 * the counted phrase ("10 أشخاص قتلوا"); the nearer wins, the one before on a tie. A restatement
 * "، أي …،" is stepped over. Senses the filter refuses are passed by.
 */
export function eventNear(doc: Doc, first: number, last: number, accept: SenseFilter = () => true): EventSense | null {
  const { tokens } = doc;
  const sent = tokens[first].sent;
  let before: EventSense | null = null;
  let beforeDist = Infinity;
  let inRestatement = false;
  let weak: EventSense | null = null;
  let words = 0;
  for (let k = first - 1; k >= doc.sentStart[sent] && words < 10; k--) {
    const t = tokens[k];
    if (t.kind === 'p') {
      if (!CLAUSE_BREAKS.has(t.text)) continue;
      const opener = tokens[k + 1]?.text ?? '';
      if (INCLUSIVE.has(opener) || (opener === 'من' && INCLUSIVE.has(tokens[k + 2]?.text ?? ''))) continue;
      // "أعاد العراق، الخميس، 150 عائلة": a time set off by commas does not end the clause.
      const time = timeAside(doc, k);
      if (time >= 0) {
        k = time;
        continue;
      }
      // "حيث قُتل، بحسب المرصد، ما لا يقل عن…": a source set off by commas does not end the clause.
      const source = sourceAside(doc, k);
      if (source >= 0) {
        k = source;
        continue;
      }
      inRestatement = opener === RESTATEMENT;
      break;
    }
    // "قالت فرق الإنقاذ إن 30 شخصاً…": the reporting clause before "إن" says nothing of those counted.
    if (COMPLEMENTISERS.has(t.text)) break;
    words++;
    const ev = t.kind === 'w' ? senseAt(doc, k) : null;
    // "غرق قارب يقل 60 مهاجرا": the event befell the thing named right after it; but in "تؤوي
    // المخيمات 11 ألف أسرة" the thing hosts, and only people can be hosted.
    if (ev && accept === FOR_PEOPLE && k + 1 < first && namesThing(tokens[k + 1].text) && !ev.peopleOnly) continue;
    if (ev && accept(ev)) {
      // "ودمر القصف 300 منزل": "struck" yields to a stronger word a little further off.
      if (ev.thingsOnly) {
        weak ??= ev;
        continue;
      }
      before = ev;
      beforeDist = words;
      break;
    }
  }
  words = 0;
  for (let k = last + 1; k < doc.sentEnd[sent] && words < AFTER_WORDS && words + 1 < beforeDist; k++) {
    const t = tokens[k];
    // "127 ألفا و162 شخصا (28 ألفا و44 أسرة) نزحوا": a bracketed aside is stepped over.
    if (t.text === '(' && k === last + 1) {
      let close = k + 1;
      while (close < doc.sentEnd[sent] && close - k <= 12 && tokens[close].text !== ')') close++;
      if (tokens[close]?.text === ')') {
        k = close;
        continue;
      }
    }
    if (t.kind === 'p' && CLAUSE_BREAKS.has(t.text)) {
      if (inRestatement) {
        inRestatement = false;
        continue;
      }
      // "خمسة مدنيين، بينهم امرأتان، قُتلوا": an aside naming some of them is stepped over too.
      const aside = tokens[k + 1]?.text === RESTATEMENT || INCLUSIVE.has(tokens[k + 1]?.text ?? '');
      const skip = aside ? nextBreak(doc, k + 1, sent) : -1;
      if (skip < 0) break;
      k = skip;
      continue;
    }
    // "21 راكباً و4 من عناصر القوات قُتلوا": a count joined by "و" shares the verb after it.
    if (t.kind === 'n' && tokens[k - 1]?.text !== 'و') break;
    if (t.kind !== 'w') continue;
    words++;
    const ev = senseAt(doc, k);
    // "وأصيب …" after the counted phrase opens the next clause; it says nothing about this one.
    if (ev && t.text.startsWith('و')) break;
    if (ev && accept(ev)) {
      if (!ev.thingsOnly) return ev;
      weak ??= ev;
    }
  }
  return before ?? weak;
}

/** The comma opening "، الخميس،" or "، صباح الأحد،" when the comma at k closes it; else -1. */
function timeAside(doc: Doc, k: number): number {
  const { tokens } = doc;
  for (let m = k - 1; m >= k - 3 && m >= 0; m--) {
    const t = tokens[m];
    if (t.sent !== tokens[k].sent) return -1;
    if (t.kind === 'p') return CLAUSE_BREAKS.has(t.text) && m < k - 1 ? m : -1;
    if (!TIME_WORDS.has(t.text)) return -1;
  }
  return -1;
}

const ACCORDING_ASIDE = new Set(['بحسب', 'حسب', 'وفق', 'وفقا', 'طبقا']);

/** The comma opening "، بحسب المرصد السوري،" when the comma at k closes it; else -1. */
function sourceAside(doc: Doc, k: number): number {
  const { tokens } = doc;
  for (let m = k - 1; m >= k - 9 && m >= 0; m--) {
    const t = tokens[m];
    if (t.sent !== tokens[k].sent) return -1;
    if (t.kind === 'p' && CLAUSE_BREAKS.has(t.text)) return m < k - 2 && ACCORDING_ASIDE.has(tokens[m + 1].text) ? m : -1;
  }
  return -1;
}

/** The clause break closing a restatement that opens at token k, within a dozen tokens. */
function nextBreak(doc: Doc, k: number, sent: number): number {
  for (let m = k; m < k + 12 && m < doc.sentEnd[sent]; m++) {
    if (doc.tokens[m].kind === 'p' && CLAUSE_BREAKS.has(doc.tokens[m].text)) return m;
  }
  return -1;
}
