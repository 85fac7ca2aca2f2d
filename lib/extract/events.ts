/**
 * What happened to the people or things counted: the word near a number that turns
 * "200 شخص" into "killed" and "10 آلاف شخص" into "people evacuated".
 */
import type { Category } from './types';
import { Lexicon } from './word-forms';

export interface EventSense {
  category: Category;
  /** The counted thing when the noun says nothing more than "people": "killed". */
  alone: string;
  /** Appended to a specific noun: "civilians killed", "families displaced". */
  participle: string;
  /** Harm done to people: such a word also ends the subject of a reporting verb (أعلنت الوزارة مقتل). */
  harm?: boolean;
  /** Befalls buildings and vehicles, not people (تدمير 300 منزل). */
  toThings?: boolean;
}

const KILLED: EventSense = { category: 'casualties', alone: 'killed', participle: 'killed', harm: true };
const INJURED: EventSense = { category: 'casualties', alone: 'injured', participle: 'injured', harm: true };
const MISSING: EventSense = { category: 'casualties', alone: 'missing', participle: 'missing', harm: true };
const DETAINED: EventSense = { category: 'casualties', alone: 'detained', participle: 'detained', harm: true };
const DISPLACED: EventSense = { category: 'displacement', alone: 'people displaced', participle: 'displaced', harm: true };
const EVACUATED: EventSense = { category: 'displacement', alone: 'people evacuated', participle: 'evacuated', harm: true };
const RETURNED: EventSense = { category: 'displacement', alone: 'returnees', participle: 'returned' };
const HOSTED: EventSense = { category: 'displacement', alone: 'people hosted', participle: 'hosted' };
const CARE: EventSense = { category: 'aid', alone: 'people receiving care', participle: 'receiving care' };
const AID: EventSense = { category: 'aid', alone: 'people receiving aid', participle: 'receiving aid' };
const SHELTER: EventSense = { category: 'aid', alone: 'people sheltered', participle: 'sheltered' };
const NEED: EventSense = { category: 'aid', alone: 'people in need', participle: 'in need' };
const HUNGER: EventSense = { category: 'aid', alone: 'people facing hunger', participle: 'facing hunger' };
const RELEASED: EventSense = { category: 'other', alone: 'people released', participle: 'released' };
const DESTROYED: EventSense = { category: 'other', alone: 'destroyed', participle: 'destroyed', harm: true, toThings: true };
const DAMAGED: EventSense = { category: 'other', alone: 'damaged', participle: 'damaged', toThings: true };

const WORDS: [string, EventSense][] = [
  [
    'مقتل قتل قتلت قتلوا مصرع لقي لقيت لقوا حتفهم حتفه حتفها استشهاد استشهد استشهدت استشهدوا ' +
      'وفاة توفي توفيت توفوا مات ماتت ماتوا موت غرق غرقوا أودى أودت قضى قضوا إعدام أعدم أعدمت ' +
      'قتلى شهداء وفيات يقتل يقتلون يلقون يموت يموتون',
    KILLED,
  ],
  ['إصابة إصابات أصيب أصيبت أصيبوا إصابتهم جرح جرحت جرحوا بجروح جروح جرحى يصاب يصابون', INJURED],
  ['فقدان فقدوا اختفاء', MISSING],
  ['اعتقال اعتقل اعتقلت اعتقلوا احتجاز احتجز احتجزت توقيف أوقف أوقفت اختطاف اختطف خطف أسر', DETAINED],
  [
    'نزوح نزح نزحت نزحوا تهجير هجر هجرت تشريد شرد تشرد تشردوا فرار فر فرت فروا لجوء لجأ لجأوا ' +
      'هروب هرب هربوا اقتلاع مغادرة غادر غادرت غادروا عبور عبروا ينزح ينزحون يفر يفرون نازحين',
    DISPLACED,
  ],
  ['إجلاء أجلي أجلت أجلوا إخلاء أخلي أخلت', EVACUATED],
  ['عودة عاد عادوا', RETURNED],
  ['استقبال استقبل استقبلت استضافة استضاف استضافت', HOSTED],
  ['رعاية', CARE],
  ['مساعدات مساعدة إغاثة توزيع وزع وزعت إطعام', AID],
  ['إيواء', SHELTER],
  ['يحتاج يحتاجون تحتاج بحاجة حاجة', NEED],
  ['جوع مجاعة انعدام', HUNGER],
  ['إفراج أفرج أفرجت سراح تبادل', RELEASED],
  ['تدمير دمر دمرت تدمرت هدم هدمت', DESTROYED],
  ['تضرر تضررت أضرار', DAMAGED],
];

const BY_NOUN_LABEL: Record<string, EventSense> = {
  killed: KILLED,
  victims: KILLED,
  deaths: KILLED,
  massacres: KILLED,
  injured: INJURED,
  missing: MISSING,
  detained: DETAINED,
  abducted: DETAINED,
  arrested: DETAINED,
  'displaced people': DISPLACED,
  refugees: DISPLACED,
};

/** A casualty or displacement noun nearby tells what befell others: "137 شهيداً بينهم 26 طفلاً". */
export function senseOfLabel(label: string): EventSense | null {
  return BY_NOUN_LABEL[label] ?? null;
}

export const events = new Lexicon(
  WORDS.flatMap(([words, sense]) => words.split(' ').map((w) => [w, sense] as const)),
  { clitics: true, definite: true },
);
