/**
 * "يشارك في المؤتمر 78 دولة"، "ممثلين عن 30 دولة ومنظمة": countries, bodies and delegations
 * counted in a sentence about taking part in a meeting. Elsewhere "دولة" is no claim ("5 دول").
 */
import type { Counting } from './counting-result';
import type { Doc } from './document';
import type { NumberMatch } from './numbers';

const PARTY = /^[وب]?(دول|دوله|دولة|منظم(ه|ة|ات)|جه(ه|ة|ات)|هيئ(ه|ة|ات)|وفد|وفدا|وفود|مؤسس(ه|ة|ات)|بلد|بلدا|بلدان)$/u;
const TAKING_PART = /^[وبل]?(ال)?(يشارك|تشارك|شارك|شاركت|يشاركون|مشارك(ه|ة|ين|ون)|ممثل(ين|ي|ون)|تمثل|يمثل|حضر|حضرت|حضور|اجتماع|اجتمع)/u;

const sentenceTakesPart = new WeakMap<Doc, Map<number, boolean>>();

function takesPart(doc: Doc, sent: number): boolean {
  let bySent = sentenceTakesPart.get(doc);
  if (!bySent) {
    bySent = new Map();
    sentenceTakesPart.set(doc, bySent);
  }
  let known = bySent.get(sent);
  if (known === undefined) {
    known = false;
    for (let k = doc.sentStart[sent]; k < doc.sentEnd[sent]; k++) {
      if (doc.tokens[k].kind === 'w' && TAKING_PART.test(doc.tokens[k].text)) {
        known = true;
        break;
      }
    }
    bySent.set(sent, known);
  }
  return known;
}

export function participantsAt(doc: Doc, m: NumberMatch): Counting | null {
  const noun = doc.tokens[m.last + 1];
  if (!noun || noun.kind !== 'w' || noun.sent !== doc.tokens[m.first].sent || !PARTY.test(noun.text)) return null;
  if (!takesPart(doc, noun.sent)) return null;
  return { counted: { counted: 'countries and organisations taking part', category: 'other' }, last: m.last + 1 };
}

const PLACES = /^[وب]?(محافظ(ه|ة|ات)|ولاي(ه|ة|ات)|منطق(ه|ة)|مناطق|مقاطع(ه|ة|ات)|اقليم|أقاليم|اقاليم|بلد(ه|ة|ات)|قري(ه|ة)|قرى|مدين(ه|ة)|مدن|محلي(ه|ة|ات))$/u;
/** Words of flight or of downing in the air: the places they reached or happened over count. */
const PLACE_EVENT = /^[وبل]?(ال)?(نازح|نازحين|نازحون|النازحين|نزوح|نزحوا|فروا|فار|الفارين|وصلوا|لاجئ|لاجئين|مسير|مسيرات|مسيّرة|مسيّرات|طائر|طائرات|صاروخ|صواريخ|اسقاط|إسقاط|أسقط|اسقط|أسقطت|اسقطت|اعترض|اعترضت|اعتراض)/u;

const sentencePlaces = new WeakMap<Doc, Map<number, boolean>>();

/**
 * "وصل النازحون إلى 23 محافظة في 9 ولايات"، "إسقاط 32 مسيرة في أجواء 11 منطقة": how many places
 * the displaced reached or drones were downed over, in a sentence that says so.
 */
export function placesAt(doc: Doc, m: NumberMatch): Counting | null {
  const noun = doc.tokens[m.last + 1];
  if (!noun || noun.kind !== 'w' || noun.sent !== doc.tokens[m.first].sent || !PLACES.test(noun.text)) return null;
  let bySent = sentencePlaces.get(doc);
  if (!bySent) {
    bySent = new Map();
    sentencePlaces.set(doc, bySent);
  }
  let known = bySent.get(noun.sent);
  if (known === undefined) {
    known = false;
    for (let k = doc.sentStart[noun.sent]; k < doc.sentEnd[noun.sent] && !known; k++) known = doc.tokens[k].kind === 'w' && PLACE_EVENT.test(doc.tokens[k].text);
    bySent.set(noun.sent, known);
  }
  return known ? { counted: { counted: 'places', category: 'other' }, last: m.last + 1 } : null;
}
