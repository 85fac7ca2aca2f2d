/** Turns a counted noun and the event around it into `counted` (English) and a category. */
import type { EventSense } from './events';
import { nouns, type Noun } from './nouns';
import type { Category } from './types';
import { wordSet } from './word-forms';

export interface SentenceContext {
  /** The paragraph speaks of a ceasefire or truce: violations are "ceasefire violations". */
  ceasefire: boolean;
  /** The sentence speaks of aid: trucks and shipments are aid trucks and shipments. */
  aid: boolean;
  /** The sentence speaks of prisoners or an exchange: who "returned" was released. */
  captivity: boolean;
}

/** Breaches (خروقات) are ceasefire breaches; "violations" alone may be of human rights. */
const CEASEFIRE_WORDS = wordSet(['هدنة', 'هدن', 'تهدئة', 'خرق', 'خرقا', 'خروقات', 'خروق', 'خرقين', 'خرقان'], { clitics: true, definite: true });
const CEASE = wordSet(['وقف'], { clitics: true, definite: true });
const CEASE_WHAT = new Set(['اطلاق', 'النار', 'القتال', 'الاقتتال', 'الاعمال', 'العمليات', 'الاعتداءات', 'الحرب', 'العدائيات', 'الهجمات', 'القصف']);
const AID_WORDS = wordSet(
  [
    'مساعدات', 'مساعدة', 'إغاثة', 'إغاثية', 'إنسانية', 'إنساني', 'غذائية', 'أغذية', 'إمدادات', 'إعانات', 'معونات',
    'أدوية', 'مستلزمات',
    // Money given: "منحة بقيمة 20 مليون دولار"، "تبرعها بمبلغ"، "تمويلاً إضافياً".
    'منحة', 'منح', 'هبة', 'تبرع', 'تبرعات', 'تبرعها', 'تبرعه', 'تمويلا',
  ],
  { clitics: true, definite: true },
);
/** A word that names aid: مساعدات، إغاثة، أغذية. */
export function namesAid(word: string): boolean {
  return AID_WORDS.has(word);
}

/** "للاستجابة للكوليرا"، "نقص التمويل": the response and its funding, with the article only. */
const RESPONSE_FUNDING = wordSet(['الاستجابة', 'للاستجابة', 'التمويل', 'للتمويل'], { clitics: true });

/** أسرى، تبادل، رهائن; "الأسر" (also "the families") only as "في الأسر"، "من الأسر". */
// Kidnapping too: pupils who "returned" after it were freed, and those who "fled" their kidnappers escaped.
const CAPTIVITY_WORDS = wordSet(
  [
    'أسير', 'أسرى', 'تبادل', 'رهينة', 'رهائن', 'سراح',
    'خطف', 'خطفهم', 'اختطاف', 'اختطافهم', 'خطفوا', 'اختطفوا', 'مخطوف', 'مخطوفين', 'مخطوفون', 'مختطف', 'مختطفين', 'مختطفون',
    'خاطف', 'خاطفين', 'خاطفون', 'خاطفيهم', 'خاطفيهن', 'خاطفيها', 'خاطفي',
  ],
  { clitics: true, definite: true },
);
const CAPTIVITY = new Set(['الاسر']);
const INTO = new Set(['في', 'من']);

const ENERGY = /^(ال)?(غاز|نفط|كهرباء|كهرباء|طاقه)$/;
const REBUILD = new Set(['البناء', 'الاعمار', 'بناء', 'اعمار']);
const AGAIN = /^[وبل]?(ل|ال)?اعاده$/;
const COST = /^[وب]?(ال)?(كلفه|تكلفه|تكاليف|كلف)$/;
const OFFICE = new Set(['الشؤون', 'للشؤون', 'الشئون', 'للشئون']);
/** Money for a response plan, an appeal, donors' pledges is aid money. */
const APPEAL = wordSet(['نداء', 'مناشدة', 'المانحين', 'المانحون', 'مانح', 'مانحة', 'تعهدات', 'تعهد', 'تعهداتها', 'تعهداته'], { clitics: true, definite: true });
const PLAN = new Set(['خطه', 'لخطه', 'بخطه']);
const RESPONSE = new Set(['الاستجابه']);

/** A noun that is aid whatever the sentence (خيمة، سلة، قسيمة), not one that is aid only in context (شاحنة، طن). */
function isAidItem(word: string): boolean {
  const hit = nouns.find(word);
  return hit !== null && hit.value.noun.category === 'aid' && hit.value.noun.kind === 'fixed' && !hit.value.noun.contextLabel;
}

/** Adjectives after حصة that make it a lesson or a market share. */
const NOT_RATIONS = /^(ال)?(تدريبيه|دراسيه|تعليميه|سوقيه)$/;

export function sentenceContext(words: readonly string[]): SentenceContext {
  let ceasefire = false;
  let aid = false;
  let captivity = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!ceasefire && (CEASEFIRE_WORDS.has(w) || (CEASE.has(w) && CEASE_WHAT.has(words[k + 1] ?? '')))) ceasefire = true;
    // "مكتب تنسيق الشؤون الإنسانية" names an office; it does not make the sentence about aid.
    // "إمدادات الغاز" and "إمدادات الكهرباء" are energy supplies, not aid.
    if (!aid && AID_WORDS.has(w) && !OFFICE.has(words[k - 1] ?? '') && !ENERGY.test(words[k + 1] ?? '')) aid = true;
    if (!aid && (APPEAL.has(w) || RESPONSE_FUNDING.has(w))) aid = true;
    if (!aid && PLAN.has(words[k - 1] ?? '') && RESPONSE.has(w)) aid = true;
    // "برنامج لإعادة البناء"، "مساعدة لإعادة الإعمار": rebuilding for those struck is relief.
    // "كلفة إعادة الإعمار": what rebuilding would cost is the damage, not relief given.
    if (!aid && REBUILD.has(w) && AGAIN.test(words[k - 1] ?? '') && !COST.test(words[k - 2] ?? '')) aid = true;
    // "وزعت 5 آلاف خيمة"، "قسائم نقدية": aid items name aid even with no word for it.
    // "الحصة التدريبية"، "حصة سوقية": a session or a market share, not a ration.
    if (!aid && isAidItem(w) && !NOT_RATIONS.test(words[k + 1] ?? '')) aid = true;
    if (!captivity && (CAPTIVITY_WORDS.has(w) || (CAPTIVITY.has(w) && INTO.has(words[k - 1] ?? '')))) captivity = true;
  }
  return { ceasefire, aid, captivity };
}

const AID_ALONE = 'people receiving aid';

export interface Counted {
  counted: string;
  category: Category;
}

/** What a counted noun counts, given the nearest event word (if any) and the sentence. */
export function classifyNoun(noun: Noun, sense: EventSense | null, ctx: SentenceContext): Counted {
  const event = ctx.captivity && sense?.inCaptivity ? sense.inCaptivity : sense;
  switch (noun.kind) {
    case 'fixed':
      return {
        counted: noun.contextLabel && (noun.category === 'aid' ? ctx.aid : ctx.ceasefire) ? noun.contextLabel : noun.label,
        category: noun.category,
      };
    case 'weapon':
      if (ctx.aid && noun.aidLabel) return { counted: noun.aidLabel, category: 'aid' };
      return { counted: noun.label, category: ctx.ceasefire ? 'violations' : 'other' };
    case 'money':
      return { counted: noun.label, category: ctx.aid ? 'aid' : 'other' };
    case 'object':
      if (event?.toThings) return { counted: `${noun.label} ${event.participle}`, category: 'other' };
      // "89 مدرسة لإيواء النازحين"، "10 مناطق تشهد المجاعة".
      if (event?.forThings) return { counted: `${noun.label} ${event.forThings}`, category: event.category };
      return { counted: noun.label, category: 'other' };
    case 'people':
      // "2300 متطوع يشاركون في توزيع المساعدات على 94 ألف عائلة": the volunteers hand it out.
      if (noun.helper && (event?.category === 'aid' || (!event && ctx.aid))) return { counted: `${noun.label} delivering aid`, category: 'aid' };
      if (!event || event.toThings) {
        // People counted in a sentence about aid are the people it reaches.
        if (ctx.aid && noun.category === 'other' && !noun.cases) {
          return { counted: noun.generic ? AID_ALONE : `${noun.label} receiving aid`, category: 'aid' };
        }
        return { counted: noun.label, category: noun.category };
      }
      if (noun.held && event.flight) return { counted: `${noun.label} escaped`, category: 'other' };
      return { counted: noun.generic ? event.alone : `${noun.label} ${event.participle}`, category: event.category };
  }
}

/** "40 ألف عائلة من اللاجئين": refugee families. */
export function withOrigin(noun: Noun, origin: Noun): Counted {
  const adjective = ORIGIN_ADJECTIVES[origin.label] ?? origin.label;
  return { counted: noun.generic ? origin.label : `${adjective} ${noun.label}`, category: origin.category };
}

const ORIGIN_ADJECTIVES: Record<string, string> = {
  refugees: 'refugee',
  'displaced people': 'displaced',
  'homeless people': 'homeless',
  returnees: 'returnee',
};

/**
 * A percentage, or an amount with no noun ("نزوح الآلاف"): the event alone says what it is; a
 * percentage with no event in a sentence about aid is a share of the aid ("لم نتلق سوى 28%").
 */
export function classifyBare(event: EventSense | null, percent: boolean, aid = false): Counted | null {
  if (percent && !event && aid) return { counted: 'percent of aid', category: 'aid' };
  if (percent) return { counted: event ? `percent ${event.participle}` : 'percent', category: event?.category ?? 'other' };
  return event ? { counted: event.alone, category: event.category } : null;
}
