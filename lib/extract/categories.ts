/** Turns a counted noun and the event around it into `counted` (English) and a category. */
import type { EventSense } from './events';
import type { Noun } from './nouns';
import type { Category } from './types';
import { wordSet } from './word-forms';

export interface SentenceContext {
  /** The paragraph speaks of a ceasefire or truce: violations are "ceasefire violations". */
  ceasefire: boolean;
  /** The sentence speaks of aid: trucks and shipments are aid trucks and shipments. */
  aid: boolean;
}

/** Breaches (خروقات) are ceasefire breaches; "violations" alone may be of human rights. */
const CEASEFIRE_WORDS = wordSet(['هدنة', 'تهدئة', 'خرق', 'خروقات', 'خروق'], { clitics: true, definite: true });
const CEASE = wordSet(['وقف'], { clitics: true, definite: true });
const CEASE_WHAT = new Set(['اطلاق', 'النار', 'القتال', 'الاعمال', 'العمليات', 'الاعتداءات', 'الحرب']);
const AID_WORDS = wordSet(
  ['مساعدات', 'مساعدة', 'إغاثة', 'إغاثية', 'إنسانية', 'غذائية', 'أغذية', 'إمدادات', 'إعانات', 'معونات'],
  { clitics: true, definite: true },
);

export function sentenceContext(words: readonly string[]): SentenceContext {
  let ceasefire = false;
  let aid = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (!ceasefire && (CEASEFIRE_WORDS.has(w) || (CEASE.has(w) && CEASE_WHAT.has(words[k + 1] ?? '')))) ceasefire = true;
    if (!aid && AID_WORDS.has(w)) aid = true;
  }
  return { ceasefire, aid };
}

const AID_ALONE = 'people receiving aid';

export interface Counted {
  counted: string;
  category: Category;
}

/** What a counted noun counts, given the nearest event word (if any) and the sentence. */
export function classifyNoun(noun: Noun, event: EventSense | null, ctx: SentenceContext): Counted {
  switch (noun.kind) {
    case 'fixed':
      return {
        counted: noun.contextLabel && (noun.category === 'aid' ? ctx.aid : ctx.ceasefire) ? noun.contextLabel : noun.label,
        category: noun.category,
      };
    case 'weapon':
      return { counted: noun.label, category: ctx.ceasefire ? 'violations' : 'other' };
    case 'money':
      return { counted: noun.label, category: ctx.aid ? 'aid' : 'other' };
    case 'object':
      return event?.toThings
        ? { counted: `${noun.label} ${event.participle}`, category: 'other' }
        : { counted: noun.label, category: 'other' };
    case 'people':
      if (!event || event.toThings) {
        // People counted in a sentence about aid are the people it reaches.
        if (ctx.aid && noun.category === 'other' && !noun.cases) {
          return { counted: noun.generic ? AID_ALONE : `${noun.label} receiving aid`, category: 'aid' };
        }
        return { counted: noun.label, category: noun.category };
      }
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

/** A percentage, or an amount with no noun ("نزوح الآلاف"): the event alone says what it is. */
export function classifyBare(event: EventSense | null, percent: boolean): Counted | null {
  if (percent) return { counted: event ? `percent ${event.participle}` : 'percent', category: event?.category ?? 'other' };
  return event ? { counted: event.alone, category: event.category } : null;
}
