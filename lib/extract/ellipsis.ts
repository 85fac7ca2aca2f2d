/**
 * A count whose noun is left out because the clause goes on about what was just counted:
 * "عاد نصف مليون نازح، فيما لا يزال نحو 180 ألفاً في مراكز الإيواء"، "بلغ عددها 93 مقبرة، فُتح
 * منها حتى الآن 68"، "115 شاحنة وقود من أصل 2200".
 */
import type { Doc } from './document';
import { leadIn } from './lead-in';
import { nouns } from './nouns';
import type { NumberMatch } from './numbers';
import { qualifierBefore } from './qualifiers';
import { TIME_WORDS } from './source-words';

/**
 * clause: a new clause about more of the same people (فيما، بينما، في حين، إضافة إلى، فضلا عن).
 * share: a part of what was just counted, named before the number (فُتح منها 68).
 * total: the whole the count before was part of (من أصل 2200).
 * compared: the same count at another time or place, set against it (مقابل 640 في عام 2022).
 */
export type ElidedLink = 'clause' | 'share' | 'total' | 'compared';

/** "مقابل 640"، "مقارنة بـ640": set against the count before. */
const AGAINST = new Set(['مقابل', 'مقارنه', 'بالمقارنه']);

const CLAUSE_LINKS = new Set(['فيما', 'بينما', 'حين', 'اضافه', 'بالاضافه', 'فضلا', 'علاوه']);
const SHARE_BEFORE = new Set(['منها', 'منهم', 'منهن']);
/** Particles and verbs of being that leave the subject to the number: "فيما لا يزال نحو 180 ألفا". */
const PARTICLES = new Set('لا ما قد لم لن يزال تزال زال زالت يزالون ظل ظلت بقي يبقي كان كانت حتي الان'.split(' '));
/** A preposition in the clause: the phrase it governs ("منذ بداية العام الحالي") is no subject. */
const GOVERNING = new Set(['منذ', 'خلال', 'في', 'من', 'الي', 'علي', 'عبر']);
const GOVERNED_WORDS = 3;
/** A preposition with its pronoun: "يقيم فيه"، "وصل إليها". */
const WITH_PRONOUN = /^(في|من|الي|علي|لدي|عن|ب|ل)(ه|ها|هم|هن|هما)$/;
/** Nouns that head a figure of their own: "فيما وصلت درجة الحرارة إلى 45"، "بلغ عمر أصغرهم 12". */
const FIGURE_HEADS = new Set('نسبه درجه عمر مساحه قيمه سعر معدل مستوي طول ارتفاع عمق حجم عدد'.split(' '));

/**
 * Between "فيما" and the number the clause names no subject of its own: only particles, verbs
 * (words with no article that this extractor does not count), times and prepositional phrases.
 */
function noSubjectBetween(doc: Doc, from: number, to: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < to; k++) {
    const w = tokens[k].text;
    if (tokens[k].kind !== 'w') continue;
    if (GOVERNING.has(w)) {
      k += GOVERNED_WORDS;
      continue;
    }
    if (PARTICLES.has(w) || TIME_WORDS.has(w) || WITH_PRONOUN.test(w)) continue;
    if (w.startsWith('ال') || FIGURE_HEADS.has(w) || nouns.find(w) !== null) return false;
  }
  return true;
}

/** Tokens [from, to) are one to three words of time: "مساء الجمعة"، "أمس". */
function timesOnly(doc: Doc, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  for (let k = from; k < to; k++) if (doc.tokens[k].kind !== 'w' || !TIME_WORDS.has(doc.tokens[k].text)) return false;
  return true;
}

/** How many tokens back from the number its link may stand: "فيما وصل منذ بداية العام الحالي قرابة 19 ألفا". */
const REACH = 10;

/** The link between the count just made (ending at token `previousLast`) and the number m. */
export function elidedLink(doc: Doc, m: NumberMatch, previousLast: number): ElidedLink | null {
  const { tokens } = doc;
  const sent = tokens[m.first].sent;
  const lead = leadIn(doc, m.first).phraseFrom;
  const start = qualifierBefore(tokens, lead)?.first ?? lead;
  if (tokens[start - 1]?.text === 'اصل' && tokens[start - 2]?.text === 'من' && start - 2 > previousLast) return 'total';
  const against = tokens[start - 1]?.text === 'ب' ? start - 2 : start - 1;
  if (against > previousLast && tokens[against]?.sent === sent && AGAINST.has(tokens[against].text)) return 'compared';
  // "وكان العدد 93 ألفاً مساء الجمعة، و84 ألفاً مساء الخميس": the same count, given for another time.
  const and = tokens[start]?.text === 'و' ? start : start - 1;
  if (tokens[and]?.text === 'و' && tokens[and - 1]?.text === '،' && timesOnly(doc, previousLast + 1, and - 1)) return 'compared';
  for (let k = start - 1; k > previousLast && k >= start - REACH; k--) {
    const t = tokens[k];
    if (t.sent !== sent || t.kind === 'n') return null;
    if (SHARE_BEFORE.has(t.text)) return 'share';
    if (CLAUSE_LINKS.has(t.text)) return noSubjectBetween(doc, k + 1, start) ? 'clause' : null;
  }
  return null;
}
