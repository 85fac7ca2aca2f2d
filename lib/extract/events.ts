/**
 * What happened to the people or things counted: the word near a number that turns
 * "200 شخص" into "killed" and "10 آلاف شخص" into "people evacuated".
 */
import type { Category } from './types';
import { conjugateAll } from './verb-forms';
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
  /**
   * Says nothing about people counted near it (استهداف، قصف): only things are struck; and a
   * stronger word near (دمر، تضرر) says more about them.
   */
  thingsOnly?: boolean;
  /** Says nothing about things counted near it (عودة 3 سفن is no claim about ships). */
  peopleOnly?: boolean;
  /** What things are counted as under this event: "schools used as shelters". */
  forThings?: string;
  /** The reading in a sentence about prisoners: soldiers who "returned" were released. */
  inCaptivity?: EventSense;
  /** Flight (فروا، نزحوا): held people who flee escaped. */
  flight?: boolean;
}

export const KILLED: EventSense = { category: 'casualties', alone: 'killed', participle: 'killed', harm: true };
export const INJURED: EventSense = { category: 'casualties', alone: 'injured', participle: 'injured', harm: true };
export const MISSING: EventSense = { category: 'casualties', alone: 'missing', participle: 'missing', harm: true };
const DETAINED: EventSense = { category: 'casualties', alone: 'detained', participle: 'detained', harm: true };
const EVACUATED: EventSense = { category: 'displacement', alone: 'people evacuated', participle: 'evacuated', harm: true };
/** "نُقلت 300 عائلة إلى مخيم جديد": moved to safety or to a camp. */
export const RELOCATED: EventSense = { category: 'displacement', alone: 'people relocated', participle: 'relocated', harm: true };
const DEPORTED: EventSense = { category: 'displacement', alone: 'people deported', participle: 'deported', harm: true };
/** "على ترك منازلهم": leaving home (ترك alone is any leaving). */
export const LEFT_HOME: EventSense = { category: 'displacement', alone: 'people displaced', participle: 'displaced', harm: true, flight: true };
/** بلا مأوى، دون سقف: left without shelter. */
export const HOMELESS: EventSense = { category: 'displacement', alone: 'people left homeless', participle: 'left homeless' };
const RELEASED: EventSense = { category: 'other', alone: 'people released', participle: 'released' };
export const RETURNED: EventSense = { category: 'displacement', alone: 'returnees', participle: 'returned', peopleOnly: true, inCaptivity: RELEASED };
const HOSTED: EventSense = { category: 'displacement', alone: 'people hosted', participle: 'hosted', peopleOnly: true };
/** "تمكنوا من الفرار": who got away from captors or attackers escaped; they were not displaced. */
export const ESCAPED: EventSense = { category: 'other', alone: 'people escaped', participle: 'escaped', peopleOnly: true };
/** Fled: in a sentence about captivity or kidnapping, those who fled their captors escaped. */
const DISPLACED: EventSense = { category: 'displacement', alone: 'people displaced', participle: 'displaced', harm: true, flight: true, inCaptivity: ESCAPED };
/** "يقيمون في حاويات"، "يقيم فيه 14 ألفا": where people are staying, as the displaced and residents are counted. */
const STAYING: EventSense = { category: 'displacement', alone: 'people staying', participle: 'staying', peopleOnly: true };
/** "انتشر في 120 موقعا": troops deployed; the sites are counted as positions taken up. */
const DEPLOYED: EventSense = { category: 'other', alone: 'deployed', participle: 'deployed', forThings: 'with troops deployed' };
/** "يحتل 5 نقاط"، "استعادة 70 بلدة": ground taken; it says nothing about people. */
const CAPTURED: EventSense = { category: 'other', alone: 'captured', participle: 'captured', toThings: true, thingsOnly: true };
const RESCUED: EventSense = { category: 'other', alone: 'people rescued', participle: 'rescued', peopleOnly: true };
const CARE: EventSense = { category: 'aid', alone: 'people receiving care', participle: 'receiving care' };
const AID: EventSense = { category: 'aid', alone: 'people receiving aid', participle: 'receiving aid', forThings: 'used for aid' };
const SHELTER: EventSense = { category: 'aid', alone: 'people sheltered', participle: 'sheltered', forThings: 'used as shelters' };
const AFFECTED: EventSense = { category: 'other', alone: 'people affected', participle: 'affected' };
const NEED: EventSense = { category: 'aid', alone: 'people in need', participle: 'in need' };
const HUNGER: EventSense = { category: 'aid', alone: 'people facing hunger', participle: 'facing hunger', forThings: 'facing hunger' };
const DESTROYED: EventSense = { category: 'other', alone: 'destroyed', participle: 'destroyed', harm: true, toThings: true };
const DAMAGED: EventSense = { category: 'other', alone: 'damaged', participle: 'damaged', toThings: true };
/** "طهّرت 18 ألف حقل ألغام"، "أزالت 870 ذخيرة": cleared. */
const CLEARED: EventSense = { category: 'other', alone: 'cleared', participle: 'cleared', toThings: true, thingsOnly: true };
/** "صادرت 7 مسدسات"، "استولت على 4 مدرعات": seized. */
const SEIZED: EventSense = { category: 'other', alone: 'seized', participle: 'seized', toThings: true, thingsOnly: true };
const DOWNED: EventSense = { category: 'other', alone: 'shot down', participle: 'shot down', toThings: true, thingsOnly: true };
export const TARGETED: EventSense = { category: 'other', alone: 'targeted', participle: 'struck', toThings: true, thingsOnly: true };
/** "خرقت القوات الهدنة 30 مرة": a ceasefire or an agreement violated. */
export const VIOLATED: EventSense = { category: 'violations', alone: 'violations', participle: 'violated', toThings: true, thingsOnly: true };
/** "سقط 12 شخصاً"، "سقوط 9 ضحايا": fell, of people; a drone or a shell that falls is no casualty. */
const FELL: EventSense = { ...KILLED, peopleOnly: true };
/** "نفوق 3 آلاف رأس من الماشية": livestock that died. */
/** "أقامت 14 موقعاً"، "أنشأ 7 بؤر": things set up (positions, outposts, points). */
export const BUILT: EventSense = { category: 'other', alone: 'built', participle: 'set up', toThings: true, thingsOnly: true };
/** "خسر الجيش 280 عسكرياً": troops lost, killed or wounded; only people are lost this way. */
const LOST: EventSense = { category: 'casualties', alone: 'lost', participle: 'lost', peopleOnly: true };
const PERISHED: EventSense = { category: 'other', alone: 'died', participle: 'died', peopleOnly: true };
/** "تلقى 700 ألف شخص المساعدات"، "استفاد 120 ألفا": received; said of people, not of reports or calls. */
const RECEIVED: EventSense = { ...AID, peopleOnly: true };
const VACCINATED: EventSense = { category: 'aid', alone: 'people vaccinated', participle: 'vaccinated', peopleOnly: true };

const WORDS: [string, EventSense][] = [
  [
    'مقتل قتل قتلت قتلوا مصرع لقي لقيت لقوا حتفهم حتفه حتفها استشهاد استشهد استشهدت استشهدوا ' +
      'وفاة توفي توفيت توفوا مات ماتت ماتوا موت غرق غرقوا أودى أودت قضى قضوا إعدام أعدم أعدمت ' +
      'قتلى شهداء وفيات يقتل يقتلون يلقون يموت يموتون دفن دفنت تحييد ذبح ذبحوا نحر ' +
      // The dual and the feminine plural: "شخصين قتلا"، "نساء قتلن".
      'قتلا قتلتا قتلن استشهدا استشهدتا استشهدن توفيا توفيتا توفين لقيا لقيتا لقين غرقا غرقن',
    KILLED,
  ],
  ['إصابة إصابات أصيب أصيبت أصيبوا إصابتهم جرح جرحت جرحوا بجروح جروح جرحى يصاب يصابون أصيبا أصيبتا أصبن جرحا', INJURED],
  ['فقدان فقدوا فقدت اختفاء', MISSING],
  [
    'اعتقال اعتقل اعتقلت اعتقلوا احتجاز احتجز احتجزت توقيف أوقف أوقفت اختطاف اختطف خطف أسر ' +
      'يحتجز تحتجز يعتقل تعتقل يختطف تختطف يختطفون اختطفوا اختطفت خطفوا خطفت اعتقلا محتجزين محتجزون',
    DETAINED,
  ],
  [
    'نزوح نزح نزحت نزحوا تهجير هجر هجرت تشريد شرد تشرد تشردوا فرار فر فرت فروا لجوء لجأ لجأوا ' +
      'هروب هرب هربوا هربا اقتلاع مغادرة غادر غادرت غادروا عبور عبروا يعبرون يعبر تعبر ينزح ينزحون يفر يفرون نازحين',
    DISPLACED,
  ],
  ['ترحيل رحل رحلت رحلوا ترحيلهم إبعاد أبعد أبعدت يبعدون سيبعدون طردت', DEPORTED],
  ['إنقاذ أنقذ أنقذت أنقذوا', RESCUED],
  ['إجلاء أجلي أجلت أجلوا إخلاء أخلي أخلت', EVACUATED],
  ['عودة عاد عادوا أعيد أعيدوا أعاد أعادت إعادة', RETURNED],
  ['استقبال استقبل استقبلت يستقبل تستقبل استضافة استضاف استضافت يستضيف تستضيف يؤوي تؤوي يؤوون آوى آوت آووا', HOSTED],
  ['رعاية علاج عالج عالجت عالجوا معالجة', CARE],
  ['مساعدات مساعدة إغاثة توزيع وزع وزعت وزعوا إطعام توفير', AID],
  ['إيواء يحتمون تحتمي', SHELTER],
  ['يحتاج يحتاجون تحتاج بحاجة حاجة يفتقر يفتقرون تفتقر', NEED],
  ['يقيم يقيمون تقيم يقيمان', STAYING],
  ['انتشر انتشرت انتشار', DEPLOYED],
  ['احتل احتلت يحتل تحتل سيطر سيطرت سيطرة استعاد استعادت استعادة', CAPTURED],
  ['تضرروا تأثروا المتضررين متضررين', AFFECTED],
  ['جوع مجاعة انعدام', HUNGER],
  ['إفراج أفرج أفرجت سراح تبادل تبادلا تبادلت تحرير حرر حررت حرروا', RELEASED],
  ['تدمير دمر دمرت تدمرت هدم هدمت إغراق أغرق أغرقت تفكيك فكك فككت إحراق أحرق أحرقت أحرقوا', DESTROYED],
  ['مصادرة صادر صادرت صادروا ضبط ضبطت استولى استولت الاستيلاء', SEIZED],
  ['تضرر تضررت أضرار ضرر', DAMAGED],
  ['استهداف استهدف استهدفت استهدفوا ضرب ضربت قصف قصفت هاجم هاجمت طال طالت', TARGETED],
  ['إسقاط أسقط أسقطت اعتراض اعترض اعترضت', DOWNED],
  ['تطهير طهر طهرت إزالة أزال أزالت أتلف أتلفت إتلاف', CLEARED],
];

/**
 * Verbs in every person, number and tense (see verb-forms), with the forms that read as another
 * word left out: يلقي/تلقي (throws, receives), يقضي (stipulates), يأسر (the name Yasser), يخلي
 * and تخلي (abandonment), فرن (oven), the bare فقد (فـ + قد), طعم (bait), فجر (dawn), غنم (sheep).
 */
const VERBS: [specs: string, sense: EventSense, except?: string][] = [
  ['قتل/يقتل استشهد/يستشهد توفي/يتوفي لقي مات/يموت غرق/يغرق أعدم/يعدم ذبح/يذبح دفن/يدفن هلك/يهلك ارتقي/يرتقي اغتال/يغتال اغتيل', KILLED],
  ['قضي حيد', KILLED, 'قضت قضيت'],
  ['صفي', KILLED, 'صفا'],
  ['أصيب/يصاب جرح/يجرح بتر/يبتر اختنق/يختنق تسمم/يتسمم', INJURED],
  ['فقد/يفقد اختفي/يختفي', MISSING, 'فقد'],
  ['اعتقل/يعتقل احتجز/يحتجز أوقف/يوقف اختطف/يختطف خطف/يخطف اقتاد/يقتاد', DETAINED],
  ['أسر', DETAINED, 'اسرا'],
  ['نزح/ينزح هجر/يهجر شرد/يشرد تشرد/يتشرد لجأ/يلجأ هرب/يهرب غادر/يغادر هاجر/يهاجر', DISPLACED],
  ['فر/يفر', DISPLACED, 'فرن فرنا'],
  ['أجلي/يجلي أخلي', EVACUATED],
  ['رحل/يرحل أبعد', DEPORTED],
  ['عاد/يعود أعاد/يعيد أعيد/يعاد', RETURNED],
  ['أفرج/يفرج حرر/يحرر', RELEASED],
  ['تلقي/يتلقي استفاد/يستفيد', RECEIVED],
  ['طعم/يطعم لقح/يلقح', VACCINATED, 'طعم'],
  ['سقط', FELL],
  ['خسر/يخسر', LOST],
  ['أنشأ/ينشئ شيد/يشيد استحدث/يستحدث', BUILT],
  ['انتشل/ينتشل', RESCUED],
  ['دمر/يدمر هدم/يهدم أحرق/يحرق فجر/يفجر نسف/ينسف خرب/يخرب اقتلع/يقتلع', DESTROYED, 'فجر'],
  ['تضرر/يتضرر', DAMAGED],
  ['استهدف/يستهدف قصف/يقصف هاجم/يهاجم', TARGETED],
  ['خرق/يخرق انتهك/ينتهك', VIOLATED],
  ['صادر/يصادر ضبط/يضبط استولي/يستولي غنم/يغنم', SEIZED, 'غنم'],
  ['أسقط اعترض/يعترض', DOWNED],
  ['أزال/يزيل طهر/يطهر فكك/يفكك', CLEARED],
];

/** Verbal nouns and forms the table above does not make. */
const MORE_WORDS: [string, EventSense][] = [
  ['اغتيال تصفية ارتقاء', KILLED],
  ['بتر اختناق تسمم', INJURED],
  ['اعتقالات اقتياد', DETAINED],
  ['هجرة لجؤوا يلجؤون', DISPLACED],
  ['تطعيم تلقيح', VACCINATED],
  ['سقوط', FELL],
  ['نفوق نفقت', PERISHED],
  ['انتشال', RESCUED],
  ['دمار تخريب', DESTROYED],
  // "عدد المباني المدمرة"، "المنازل المنهارة": the feminine participle that agrees with things counted
  // (not "الزلزال المدمر", which describes the quake).
  ['مدمرة منهارة مهدمة', DESTROYED],
  // أقام in the past only: يقيم is "stays".
  ['أقام أقامت أقاموا إقامة إنشاء تشييد استحداث', BUILT],
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
  // "بين الرفات 41 طفلا"، "من بين الجثث 4 نساء": the dead counted among the bodies.
  remains: KILLED,
  bodies: KILLED,
  // Aid counted near people says they received it: "وجبات وحصصا غذائية لـ630 ألف شخص".
  'food baskets': AID,
  meals: AID,
  rations: AID,
  parcels: AID,
  tents: AID,
  blankets: AID,
  kits: AID,
  'vaccine doses': AID,
  'treatment centres': AID,
};

/** A casualty or displacement noun nearby tells what befell others: "137 شهيداً بينهم 26 طفلاً". */
export function senseOfLabel(label: string): EventSense | null {
  return BY_NOUN_LABEL[label] ?? null;
}

const verbEntries = VERBS.flatMap(([specs, sense, except]) => {
  const left = new Set((except ?? '').split(' '));
  return conjugateAll(specs)
    .filter((w) => !left.has(w))
    .map((w) => [w, sense] as const);
});

/** Earlier lists first: a word listed twice keeps its first sense. */
export const events = new Lexicon(
  [...WORDS, ...MORE_WORDS].flatMap(([words, sense]) => words.split(' ').map((w) => [w, sense] as const)).concat(verbEntries),
  { clitics: true, definite: true },
);
