/**
 * Events that one word does not carry, read from the words around it: "فارقوا الحياة"، "راح
 * ضحيته"، "فُقد أثر"، "مجهولي المصير"، "بلا مأوى"، "نُقلوا إلى المستشفى"، "قطعوا رؤوس".
 */
import { verbTest } from './verb-forms';
import type { Doc } from './document';
import { numberWords } from './number-words';
import { HOMELESS, INJURED, KILLED, LEFT_HOME, MISSING, RELOCATED, TARGETED, type EventSense } from './events';

/** بلا مأوى، دون سقف. */
const WITHOUT = new Set(['بلا', 'دون']);
const SHELTER_WORDS = new Set(['ماوي', 'سقف']);
/** ترك منازلهم، تركوا ديارهم. */
const LEAVE = new Set(['ترك', 'تركوا', 'وترك']);
const HOMES = /^(منازل|ديار|بيوت|مساكن|قري|بلدات)/;
/** خارج ديارهم، بعيداً عن منازلهم (with عن): out of their homes. */
const AWAY = new Set(['خارج']);
const OWN_HOMES = /(هم|هن)$/;
/** "تسعة منهم في حالة حرجة"، "حالة اثنين منهم خطرة": the wounded, by their condition. */
const GRAVE = new Set(['حرجه', 'خطره', 'خطيره', 'حرجة']);
const CONDITION = /^(و?ب?حاله|حالات|حالتهم|حالتها|حالته|جروح|جراح|اصابات|اصابه)$/;
/** "قطعوا رؤوس خمسة مدنيين"، "قُطعت رؤوسهم": beheaded. */
const BEHEAD = /^رؤوس(هم|هن|ه|ها)?$/;
const isCut = verbTest('قطع');
/** "يعانون سوء التغذية": hunger, which aid answers. */
const MALNOURISHED: EventSense = { category: 'aid', alone: 'people malnourished', participle: 'malnourished' };
/** "قضت على 10 مسلحين": finished them off. */
const FINISH_OFF = new Set(['قضت', 'قضي', 'قضوا', 'تقضي', 'يقضي']);

/** A life lost: "فقدوا حياتهم"، "فارق الحياة"، "حصد أرواح"، "أزهق أرواح"، "راح ضحيته"، "قضوا نحبهم". */
const LIFE = /^(ب?ال?حياه|حيات(ه|ها|هم|هما|هن)|ب?ارواح(هم|هن)?|ضحيت(ه|ها|هم|هما)|نحب(ه|ها|هم))$/;
const LOSE = /^(و|ف)?(فقد|فقدت|فقدوا|فقدا|يفقد|تفقد|يفقدون|فارق|فارقت|فارقوا|فارقا|يفارق|حصد|حصدت|يحصد|تحصد|ازهق|ازهقت|ازهاق|راح|ذهب|قضي|قضوا|قضيا)$/;
/** "فُقد أثر 40 مهاجراً"، "انقطع الاتصال بهم": lost track of. */
const TRACE = /^(اثر|اثره|اثرها|اثرهم)$/;
const isLoseTrace = verbTest('فقد/يفقد');
const BARE_LOST = /^و?فقد$/;
const APPROXIMATELY = new Set(['اكثر', 'نحو', 'حوالي', 'قرابه', 'زهاء', 'ما']);
/** "فقد أكثر من 200 شخص حياتهم": the verb of losing may stand before the count. */
const LOSE_REACH = 7;
/** "مجهولي المصير"، "مصير 40 شخصاً لا يزال مجهولاً". */
const UNKNOWN = /^(مجهول|مجهوله|مجهولا|مجهولي|مجهولين|مجهولو)$/;
const FATE = /^(ال)?مصير(هم|هن|ه|ها)?$/;
const FATE_REACH = 8;
/** "نُقل 20 مصاباً إلى المستشفى" (taken to hospital), "نُقلت 300 عائلة إلى مخيم جديد" (relocated). */
const isMove = verbTest('نقل/ينقل', ['تم', 'جرى']);
/** "ونُقل 24 مهاجراً يعانون من الجفاف والحروق إلى مستشفى": what ails them may stand between. */
const MOVE_REACH = 10;
const HOSPITAL = /^(ال|لل)?(مستشفي|مستشفيات|مشفي|مشافي)/;
const SAFETY = /^(ال)?(مخيم|مخيمات|ملجا|ملاجي|مراكز|مركز|مدارس|مناطق|منطقه|ايواء)/;

const isExposed = verbTest('تعرض/يتعرض');
const isOpenFire = verbTest('أطلق/يطلق');
const UNDER_FIRE = /^(ل|لل)(نيران|قصف|هجوم|هجمات|اطلاق|غارات|غاره|استهداف|اعتداء|اعتداءات|قنص)/;

/** The event a phrase around token k names, or null. */
export function phraseSense(doc: Doc, k: number): EventSense | null {
  const { tokens } = doc;
  const word = tokens[k].text;
  const prev = tokens[k - 1]?.sent === tokens[k].sent ? tokens[k - 1].text : '';
  const next = tokens[k + 1]?.sent === tokens[k].sent ? tokens[k + 1].text : '';
  if (SHELTER_WORDS.has(word) && WITHOUT.has(prev)) return HOMELESS;
  if (LEAVE.has(word) && HOMES.test(next)) return LEFT_HOME;
  // "ما زالوا خارج ديارهم"، "يعيشون بعيداً عن منازلهم": away from home.
  if (AWAY.has(word) && HOMES.test(next) && OWN_HOMES.test(next)) return LEFT_HOME;
  if (FINISH_OFF.has(word) && next === 'علي') return KILLED;
  if (word === 'التغذيه' && prev === 'سوء') return MALNOURISHED;
  if (BEHEAD.test(word) && isCut(prev)) return KILLED;
  if (GRAVE.has(word) && inCondition(doc, k)) return INJURED;
  if ((LOSE.test(word) && LIFE.test(next)) || (LIFE.test(word) && lostBefore(doc, k))) return KILLED;
  if ((isLoseTrace(word) && TRACE.test(next)) || (TRACE.test(word) && isLoseTrace(prev))) return MISSING;
  // "وفُقد 7 صيادين": bare فقد before a count is "went missing", not فـ + قد before a verb.
  if (BARE_LOST.test(word) && (tokens[k + 1]?.kind === 'n' || numberWords.find(next) !== null || APPROXIMATELY.has(next))) return MISSING;
  if (UNKNOWN.test(word) && (FATE.test(next) || fateBefore(doc, k))) return MISSING;
  if (isMove(word)) return movedTo(doc, k);
  // "تعرضت لنيران قناصة"، "تعرض لقصف": came under fire; "أطلقت النار 17 مرة": opened fire.
  if ((isExposed(word) && UNDER_FIRE.test(next)) || (isOpenFire(word) && next === 'النار')) return TARGETED;
  return null;
}

function lostBefore(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  for (let b = k - 1; b >= 0 && b >= k - LOSE_REACH && tokens[b].sent === tokens[k].sent; b--) if (LOSE.test(tokens[b].text)) return true;
  return false;
}

function inCondition(doc: Doc, k: number): boolean {
  for (let b = k - 1; b >= k - 3 && b >= 0; b--) if (CONDITION.test(doc.tokens[b].text)) return true;
  return false;
}

function fateBefore(doc: Doc, k: number): boolean {
  const { tokens } = doc;
  for (let b = k - 1; b >= 0 && b >= k - FATE_REACH && tokens[b].sent === tokens[k].sent; b--) if (FATE.test(tokens[b].text)) return true;
  return false;
}

/** Where those moved were taken: "نُقلوا إلى المستشفى" or "إلى مراكز الإيواء"; "تم نقل" past its verbal noun. */
function movedTo(doc: Doc, k: number): EventSense | null {
  const { tokens } = doc;
  const sent = tokens[k].sent;
  let from = k + 1;
  // "تم نقل"، "جرى نقل": the verbal noun follows.
  if (!/نقل/.test(tokens[k].text)) {
    if (!/^(ال)?نقل$/.test(tokens[k + 1]?.text ?? '')) return null;
    from = k + 2;
  }
  for (let m = from; m < tokens.length && m <= k + MOVE_REACH && tokens[m].sent === sent; m++) {
    if (tokens[m].text !== 'الي') continue;
    const where = tokens[m + 1]?.text ?? '';
    if (HOSPITAL.test(where)) return INJURED;
    if (SAFETY.test(where)) return RELOCATED;
    return null;
  }
  return null;
}
