/** Countable nouns a report gives numbers for, with what each counts in English. */
import type { Category } from './types';

/**
 * fixed: the noun names the category (قتلى, انتهاكات, نازحين, شاحنات).
 * people: who was affected; the surrounding event says how (مقتل 4 شرطيين، إجلاء 10 آلاف شخص).
 * weapon: a violation when the sentence is about a ceasefire, otherwise other.
 * object: homes, vehicles; the event says what happened to them.
 * money: aid when the sentence is about aid.
 */
export type NounKind = 'fixed' | 'people' | 'weapon' | 'object' | 'money';

export interface Noun {
  label: string;
  kind: NounKind;
  category: Category;
  /** Label when the sentence is about aid (aid trucks) or a ceasefire (ceasefire violations). */
  contextLabel?: string;
  /** A weapon-kind noun that carries aid when the sentence is about aid: طائرات محملة بالمساعدات. */
  aidLabel?: string;
  /** "people", "others", "cases": the event alone says what is counted ("killed"). */
  generic?: boolean;
  /** Sound masculine plural in -ين: unvowelled -ين is then a plural, not a dual. */
  smp?: boolean;
  /** No dual reading (آخرين is a plural, طالبين a participle). */
  noDual?: boolean;
  /** Counts cases, not persons (حالة): never read as people reached by aid. */
  cases?: boolean;
  /**
   * Counted only when something befalls it (3 سفن استهدفت، 10 مناطق تشهد المجاعة): alone, "5
   * دول" or "عودة 3 سفن" is a description, not a claim.
   */
  needsEvent?: boolean;
  /** Counts only in one of its compounds: عملية قصف, not عملية alone. */
  compoundOnly?: boolean;
  /** Heads a number it stands before: جثث 11 شخصا, جثامين 501 جندي count bodies. */
  construct?: boolean;
  /** Gives aid or care (متطوع، طبيب، مسعف): counted near aid, delivers it. */
  helper?: boolean;
  /** Held people: when they flee (فر 4 آلاف سجين) they escaped, they were not displaced. */
  held?: boolean;
  /** A following word that changes the reading: طائرة مسيرة, طالب لجوء, حالة وفاة. */
  compounds?: Record<string, Partial<Noun>>;
}

export type Def = [forms: string, label: string, kind: NounKind, category: Category, extra?: Partial<Noun>];

const SMP = { smp: true };
/** Those who hand aid out or give care: near aid they deliver it, they do not receive it. */
const HELPERS = { helper: true };
const HELPERS_SMP = { smp: true, helper: true };
const EVENTFUL = { needsEvent: true };
/** عملية قصف، عمليات استهداف: attacks counted by a monitor. */
const ATTACKS: Partial<Noun> = { label: 'attacks', compoundOnly: false };
const OPERATIONS: Record<string, Partial<Noun>> = {
  قصف: ATTACKS,
  استهداف: ATTACKS,
  تسلل: { label: 'infiltrations', compoundOnly: false },
  خرق: { label: 'violations', compoundOnly: false, contextLabel: 'ceasefire violations' },
  إنزال: { label: 'airdrops', category: 'aid', compoundOnly: false },
  إطلاق: { label: 'shootings', compoundOnly: false },
  توغل: { label: 'incursions', compoundOnly: false },
  اقتحام: { label: 'raids', compoundOnly: false },
  مداهمة: { label: 'raids', compoundOnly: false },
  دهم: { label: 'raids', compoundOnly: false },
  اعتداء: ATTACKS,
  تفجير: { label: 'demolitions', compoundOnly: false },
  نسف: { label: 'demolitions', compoundOnly: false },
  هدم: { label: 'demolitions', compoundOnly: false },
  تجريف: { label: 'bulldozings', compoundOnly: false },
  اغتيال: { label: 'assassinations', compoundOnly: false },
  اعتقال: { label: 'arrests', category: 'casualties', compoundOnly: false },
  // "أُحبطت 1.013 عملية اجتياز للحدود"، "عمليات تهريب".
  اجتياز: { label: 'crossing attempts', category: 'other', compoundOnly: false },
  تهريب: { label: 'smuggling attempts', category: 'other', compoundOnly: false },
};
/** "88 محاولة تهريب وتسلل"، "محاولات اجتياز الحدود": attempts counted by what was attempted. */
const ATTEMPTS: Record<string, Partial<Noun>> = {
  تهريب: { label: 'smuggling attempts', category: 'other', compoundOnly: false },
  تسلل: { label: 'infiltration attempts', category: 'violations', compoundOnly: false },
  اجتياز: { label: 'crossing attempts', category: 'other', compoundOnly: false },
  عبور: { label: 'crossing attempts', category: 'other', compoundOnly: false },
  هجرة: { label: 'migration attempts', category: 'other', compoundOnly: false },
  اقتحام: { label: 'raids', category: 'violations', compoundOnly: false },
  اغتيال: { label: 'assassinations', category: 'violations', compoundOnly: false },
};
/** "10 آلاف رأس من الماشية"، "رأس ماشية": head of livestock. */
const HEAD: Partial<Noun> = { label: 'head of livestock', compoundOnly: false };
/** "47 مركزا لعلاج الإسهال": where the sick are treated, an aid the response counts. */
const TREATMENT: Partial<Noun> = { label: 'treatment centres', kind: 'fixed', category: 'aid', needsEvent: false };
/** "حوادث سير"، "حادث مرور": road accidents, not incidents of violence. */
const ROAD: Partial<Noun> = { label: 'road accidents', category: 'other' };
const ACCIDENTS: Record<string, Partial<Noun>> = { سير: ROAD, مرور: ROAD, مروري: ROAD, مرورية: ROAD };

/** طالب لجوء، طالبو اللجوء: asylum seekers. */
const ASYLUM_SEEKERS: Partial<Noun> = { label: 'asylum seekers', category: 'displacement', kind: 'fixed' };
const ASYLUM: Record<string, Partial<Noun>> = { لجوء: ASYLUM_SEEKERS };
/** عمال إغاثة، عاملون إنسانيون: those who deliver aid; when harm befalls them they are counted as harmed. */
const AID_WORKER: Partial<Noun> = { label: 'aid workers', helper: true };
const AID_WORKERS: Record<string, Partial<Noun>> = { إغاثة: AID_WORKER, إنساني: AID_WORKER, إنسانيا: AID_WORKER, إنسانيين: AID_WORKER, إنسانيون: AID_WORKER, إنسانية: AID_WORKER, إنسانيات: AID_WORKER };
/** رجال الأمن، رجال الشرطة، رجال الإطفاء: men of a service. */
const SECURITY: Partial<Noun> = { label: 'security personnel' };
const MEN_OF: Record<string, Partial<Noun>> = { أمن: SECURITY, شرطة: { label: 'police officers' }, إطفاء: { label: 'firefighters' }, إنقاذ: { label: 'rescuers', helper: true } };
/** مستشفى ميداني، عيادة متنقلة: care set up for a crisis, an aid the response counts. */
const FIELD_CARE: Partial<Noun> = { label: 'field clinics', kind: 'fixed', category: 'aid', needsEvent: false };
/** عبوة مياه: a bottle of water, not an explosive device. */
const BOTTLES: Partial<Noun> = { label: 'water bottles', kind: 'fixed', category: 'aid' };

export const DEFS: Def[] = [
  ['قتيل قتلى', 'killed', 'fixed', 'casualties'],
  ['شهيد شهداء', 'killed', 'fixed', 'casualties'],
  ['شهيدة شهيدات', 'killed', 'fixed', 'casualties'],
  ['قتيلة قتيلات', 'killed', 'fixed', 'casualties'],
  ['صريع صرعى', 'killed', 'fixed', 'casualties'],
  ['جريحة جريحات', 'injured', 'fixed', 'casualties'],
  ['مبتور مبتوري مبتورين', 'amputees', 'fixed', 'casualties', { noDual: true }],
  ['ضحية ضحايا', 'victims', 'fixed', 'casualties'],
  ['جريح جرحى', 'injured', 'fixed', 'casualties'],
  ['مصاب مصابين مصابون', 'injured', 'fixed', 'casualties', SMP],
  ['مصابة مصابات', 'injured', 'fixed', 'casualties'],
  ['إصابة إصابات', 'injured', 'fixed', 'casualties'],
  ['مفقود مفقودين مفقودون', 'missing', 'fixed', 'casualties', SMP],
  ['جثة جثث', 'bodies', 'fixed', 'casualties', { construct: true }],
  ['جثمان جثامين', 'bodies', 'fixed', 'casualties', { construct: true }],
  ['رفات', 'remains', 'fixed', 'casualties', { construct: true, noDual: true }],
  ['غريق غرقى', 'drowned', 'fixed', 'casualties'],
  ['وفاة وفيات', 'deaths', 'fixed', 'casualties'],
  ['جريمة جرائم', 'crimes', 'fixed', 'casualties', { compoundOnly: true, noDual: true, compounds: { قتل: { label: 'murders', compoundOnly: false } } }],
  ['مجزرة مجازر', 'massacres', 'fixed', 'casualties'],
  ['معتقل معتقلين معتقلون', 'detained', 'fixed', 'casualties', SMP],
  ['معتقلة معتقلات', 'detained', 'fixed', 'casualties'],
  ['مختطف مختطفين مختطفون', 'abducted', 'fixed', 'casualties', SMP],
  ['مختف مختفي مختفيا مختفين مختفون', 'forcibly disappeared', 'fixed', 'casualties', SMP],
  ['مخفي مخفيا مخفيين مخفيون', 'forcibly disappeared', 'fixed', 'casualties', SMP],
  ['مختطفة مختطفات', 'abducted', 'fixed', 'casualties'],
  ['موقوف موقوفين', 'arrested', 'fixed', 'casualties', SMP],
  ['مشتبه مشتبها مشتبهين مشتبهون', 'suspects', 'people', 'other', SMP],
  ['مطلوب مطلوبين مطلوبون', 'wanted men', 'people', 'other', SMP],
  ['مهرب مهربين مهربون', 'smugglers', 'people', 'other', SMP],
  ['متسلل متسللين متسللون', 'infiltrators', 'people', 'other', SMP],

  ['شخص أشخاص', 'people', 'people', 'other', { generic: true }],
  ['إنسان', 'people', 'people', 'other', { generic: true, noDual: true }],
  ['فرد أفراد', 'people', 'people', 'other', { generic: true }],
  ['ابن أبناء', 'people', 'people', 'other', { generic: true, noDual: true }],
  ['آخر آخرين آخرون', 'people', 'people', 'other', { generic: true, noDual: true }],
  ['نسمة', 'residents', 'people', 'other', { noDual: true }],
  ['ساكن سكان', 'residents', 'people', 'other', { noDual: true }],
  ['مواطن مواطنين مواطنون', 'civilians', 'people', 'other', SMP],
  ['مدني مدنيين مدنيون', 'civilians', 'people', 'other', SMP],
  ['طفل أطفال', 'children', 'people', 'other'],
  ['طفلة', 'girls', 'people', 'other'],
  ['رضيع رضع', 'infants', 'people', 'other'],
  ['امرأة نساء', 'women', 'people', 'other'],
  ['سيدة سيدات', 'women', 'people', 'other'],
  ['رجل رجال', 'men', 'people', 'other', { compounds: MEN_OF }],
  ['فتى فتية', 'boys', 'people', 'other'],
  ['فتاة فتيات', 'girls', 'people', 'other'],
  ['صبي صبية', 'boys', 'people', 'other', { noDual: true }],
  ['شابة شابات', 'young women', 'people', 'other'],
  ['حامل حوامل', 'pregnant women', 'people', 'other', { noDual: true }],
  ['أرملة أرامل', 'widows', 'people', 'other'],
  ['يتيم أيتام', 'orphans', 'people', 'other'],
  ['شاب شبان', 'young men', 'people', 'other'],
  ['مسن مسنين مسنون', 'elderly people', 'people', 'other', SMP],
  ['مسنة مسنات', 'elderly women', 'people', 'other'],
  ['قاصر قاصرين قاصرون', 'minors', 'people', 'other', SMP],
  ['قاصرة قاصرات', 'minors', 'people', 'other'],
  ['جندي جنود', 'soldiers', 'people', 'other'],
  ['جندية جنديات', 'soldiers', 'people', 'other'],
  ['مجندة مجندات', 'conscripts', 'people', 'other'],
  ['عسكري عسكريين عسكريون', 'soldiers', 'people', 'other', SMP],
  ['عنصر عناصر', 'personnel', 'people', 'other'],
  ['مقاتل مقاتلين مقاتلون', 'fighters', 'people', 'other', SMP],
  ['مسلح مسلحين مسلحون', 'gunmen', 'people', 'other', SMP],
  ['مهاجم مهاجمين مهاجمون', 'attackers', 'people', 'other', SMP],
  ['متشدد متشددين متشددون', 'militants', 'people', 'other', SMP],
  ['متمرد متمردين متمردون', 'rebels', 'people', 'other', SMP],
  ['قائد قادة', 'commanders', 'people', 'other'],
  ['قيادي قياديين قياديون', 'commanders', 'people', 'other', SMP],
  ['حارس حراس', 'guards', 'people', 'other'],
  ['إطفائي إطفائيين إطفائيون', 'firefighters', 'people', 'other', SMP],
  ['مجند مجندين مجندون', 'conscripts', 'people', 'other', SMP],
  ['إرهابي إرهابيين', 'militants', 'people', 'other', SMP],
  ['شرطي شرطيين شرطيون', 'police officers', 'people', 'other', SMP],
  ['ضابط ضباط', 'officers', 'people', 'other'],
  ['صحفي صحفيين صحفيون', 'journalists', 'people', 'other', SMP],
  ['صحافي صحافيين صحافيون', 'journalists', 'people', 'other', SMP],
  ['صحفية صحفيات', 'journalists', 'people', 'other'],
  ['صحافية صحافيات', 'journalists', 'people', 'other'],
  ['إعلامية إعلاميات', 'media workers', 'people', 'other'],
  ['إعلامي إعلاميين إعلاميون', 'media workers', 'people', 'other', SMP],
  ['مراسل مراسلين مراسلون', 'reporters', 'people', 'other', SMP],
  ['مسعف مسعفين مسعفون', 'paramedics', 'people', 'other', HELPERS_SMP],
  ['طبيب أطباء', 'doctors', 'people', 'other', HELPERS],
  ['طبيبة طبيبات', 'doctors', 'people', 'other', HELPERS],
  ['ممرض ممرضين', 'nurses', 'people', 'other', HELPERS_SMP],
  ['ممرضة ممرضات', 'nurses', 'people', 'other', HELPERS],
  ['متطوع متطوعين متطوعون', 'volunteers', 'people', 'other', HELPERS_SMP],
  ['متطوعة متطوعات', 'volunteers', 'people', 'other', HELPERS],
  ['مسعفة مسعفات', 'paramedics', 'people', 'other', HELPERS],
  ['منقذ منقذين منقذون', 'rescuers', 'people', 'other', HELPERS_SMP],
  ['مريض مرضى', 'patients', 'people', 'other'],
  ['مريضة مريضات', 'patients', 'people', 'other'],
  ['ناج ناجين ناجون ناجيا', 'survivors', 'people', 'other', SMP],
  ['ناجية ناجيات', 'survivors', 'people', 'other'],
  ['عامل عمال عاملين عاملون', 'workers', 'people', 'other', { smp: true, compounds: AID_WORKERS }],
  ['عاملة عاملات', 'workers', 'people', 'other', { compounds: AID_WORKERS }],
  ['موظف موظفين موظفون', 'staff', 'people', 'other', HELPERS_SMP],
  ['موظفة موظفات', 'staff', 'people', 'other', HELPERS],
  ['كادر كوادر', 'staff', 'people', 'other', { ...HELPERS, compounds: { صحية: { label: 'health workers' }, طبية: { label: 'medical staff' } } }],
  ['معلم معلمين معلمون', 'teachers', 'people', 'other', SMP],
  ['معلمة معلمات', 'teachers', 'people', 'other'],
  ['مدرس مدرسين مدرسون', 'teachers', 'people', 'other', SMP],
  ['أستاذ أساتذة', 'teachers', 'people', 'other'],
  ['صياد صيادين صيادون', 'fishermen', 'people', 'other', SMP],
  ['مزارع مزارعين مزارعون', 'farmers', 'people', 'other', SMP],
  ['راع رعاة', 'herders', 'people', 'other'],
  ['راكب ركاب', 'passengers', 'people', 'other'],
  ['مسافر مسافرين مسافرون', 'passengers', 'people', 'other', SMP],
  ['مصل مصلين مصلون', 'worshippers', 'people', 'other', SMP],
  ['مشيع مشيعين مشيعون', 'mourners', 'people', 'other', SMP],
  ['مسؤول مسؤولين مسؤولون', 'officials', 'people', 'other', SMP],
  ['متظاهر متظاهرين متظاهرون', 'protesters', 'people', 'other', SMP],
  ['محتج محتجين محتجون', 'protesters', 'people', 'other', SMP],
  ['ناشط ناشطين ناشطون', 'activists', 'people', 'other', SMP],
  ['ناشطة ناشطات', 'activists', 'people', 'other'],
  ['طالب طلاب', 'students', 'people', 'other', { noDual: true, compounds: ASYLUM }],
  ['طالبي طالبو', 'students', 'people', 'other', { noDual: true, compounds: ASYLUM }],
  ['طالبة طالبات', 'students', 'people', 'other'],
  ['تلميذة تلميذات', 'pupils', 'people', 'other'],
  ['تلميذ تلاميذ', 'pupils', 'people', 'other'],
  ['عائلة عائلات', 'families', 'people', 'other'],
  ['أسرة أسر', 'families', 'people', 'other'],
  ['رهينة رهائن', 'hostages', 'people', 'other'],
  ['محتجز محتجزين محتجزون', 'detainees', 'people', 'other', { smp: true, held: true }],
  ['أسير أسرى', 'prisoners', 'people', 'other', { held: true }],
  ['أسيرة أسيرات', 'prisoners', 'people', 'other', { held: true }],
  ['سجين سجناء', 'prisoners', 'people', 'other', { held: true }],
  ['سجينة سجينات', 'prisoners', 'people', 'other', { held: true }],
  ['محتجزة محتجزات', 'detainees', 'people', 'other', { held: true }],
  ['نزيل نزلاء', 'inmates', 'people', 'other', { held: true }],
  ['مهاجر مهاجرين مهاجرون', 'migrants', 'people', 'displacement', SMP],
  ['مهاجرة مهاجرات', 'migrants', 'people', 'displacement'],
  ['مستوطن مستوطنين مستوطنون', 'settlers', 'people', 'other', SMP],
  ['متفرج متفرجين متفرجون', 'spectators', 'people', 'other', SMP],
  ['رياضي رياضيين رياضيون', 'athletes', 'people', 'other', SMP],
  ['لاعب لاعبين لاعبون', 'players', 'people', 'other', SMP],
  ['مشجع مشجعين مشجعون', 'fans', 'people', 'other', SMP],
  ['حاج حجاج', 'pilgrims', 'people', 'other'],
  ['بحار بحارة', 'sailors', 'people', 'other'],
  ['سائح سياح', 'tourists', 'people', 'other'],
  ['فلسطيني فلسطينيين فلسطينيون', 'Palestinians', 'people', 'other', SMP],
  ['إسرائيلي إسرائيليين إسرائيليون', 'Israelis', 'people', 'other', SMP],
  ['سوري سوريين سوريون', 'Syrians', 'people', 'other', SMP],
  ['سوداني سودانيين سودانيون', 'Sudanese', 'people', 'other', SMP],
  ['يمني يمنيين يمنيون', 'Yemenis', 'people', 'other', SMP],
  ['لبناني لبنانيين لبنانيون', 'Lebanese', 'people', 'other', SMP],
  ['عراقي عراقيين عراقيون', 'Iraqis', 'people', 'other', SMP],
  ['أوكراني أوكرانيين أوكرانيون', 'Ukrainians', 'people', 'other', SMP],
  ['مصري مصريين مصريون', 'Egyptians', 'people', 'other', SMP],
  ['ليبي ليبيين ليبيون', 'Libyans', 'people', 'other', SMP],
  ['صومالي صوماليين صوماليون', 'Somalis', 'people', 'other', SMP],
  ['تونسي تونسيين تونسيون', 'Tunisians', 'people', 'other', SMP],
  ['جزائري جزائريين جزائريون', 'Algerians', 'people', 'other', SMP],
  ['مغربي مغربيين مغربيون', 'Moroccans', 'people', 'other', SMP],
  ['موريتاني موريتانيين موريتانيون', 'Mauritanians', 'people', 'other', SMP],
  ['تشادي تشاديين تشاديون', 'Chadians', 'people', 'other', SMP],
  ['إثيوبي إثيوبيين إثيوبيون', 'Ethiopians', 'people', 'other', SMP],
  ['إريتري إريتريين إريتريون', 'Eritreans', 'people', 'other', SMP],
  ['نيجيري نيجيريين نيجيريون', 'Nigerians', 'people', 'other', SMP],
  ['سنغالي سنغاليين سنغاليون', 'Senegalese', 'people', 'other', SMP],
  ['غيني غينيين غينيون', 'Guineans', 'people', 'other', SMP],
  ['أردني أردنيين أردنيون', 'Jordanians', 'people', 'other', SMP],
  ['إيراني إيرانيين إيرانيون', 'Iranians', 'people', 'other', SMP],
  ['باكستاني باكستانيين باكستانيون', 'Pakistanis', 'people', 'other', SMP],
  ['بنغلاديشي بنغلاديشيين بنغلاديشيون', 'Bangladeshis', 'people', 'other', SMP],
  ['هندي هنديين هنديون', 'Indians', 'people', 'other', SMP],
  ['كونغولي كونغوليين كونغوليون', 'Congolese', 'people', 'other', SMP],
  ['كيني كينيين كينيون', 'Kenyans', 'people', 'other', SMP],
  ['إيفواري إيفواريين إيفواريون', 'Ivorians', 'people', 'other', SMP],
  ['سعودي سعوديين سعوديون', 'Saudis', 'people', 'other', SMP],
  ['كردي كرديين كرديون', 'Kurds', 'people', 'other', SMP],
  ['روسي روس', 'Russians', 'people', 'other'],
  ['أرمني أرمن', 'Armenians', 'people', 'other'],
  ['أفغاني أفغان', 'Afghans', 'people', 'other'],
  ['أمريكي أمريكيين أمريكيون', 'Americans', 'people', 'other', SMP],
  ['أميركي أميركيين أميركيون', 'Americans', 'people', 'other', SMP],
  ['إيراني إيرانيين إيرانيون', 'Iranians', 'people', 'other', SMP],
  ['تركي أتراك', 'Turks', 'people', 'other'],
  ['كردي أكراد', 'Kurds', 'people', 'other'],
  ['إيزيدي إيزيديين إيزيديون', 'Yazidis', 'people', 'other', SMP],
  // Two spellings of one collective name, not a singular and its plural.
  ['روهينغا', 'Rohingya', 'people', 'other', { noDual: true }],
  ['روهينجا', 'Rohingya', 'people', 'other', { noDual: true }],
  ['أجنبي أجانب', 'foreigners', 'people', 'other'],

  ['نازح نازحين نازحون', 'displaced people', 'fixed', 'displacement', SMP],
  ['نازحة نازحات', 'displaced people', 'fixed', 'displacement'],
  ['لاجئ لاجئين لاجئون', 'refugees', 'fixed', 'displacement', SMP],
  ['لاجئة لاجئات', 'refugees', 'fixed', 'displacement'],
  ['مهجر مهجرين مهجرون', 'displaced people', 'fixed', 'displacement', SMP],
  ['مشرد مشردين مشردون', 'homeless people', 'fixed', 'displacement', SMP],
  ['عائد عائدين عائدون', 'returnees', 'fixed', 'displacement', SMP],
  // "3.5 ملايين متضرر": people a flood or a quake touched, counted by the noun alone.
  ['متضرر متضررين متضررون', 'people affected', 'fixed', 'other', SMP],
  ['مرحل مرحلين مرحلون', 'deportees', 'fixed', 'displacement', SMP],
  ['فار فارين فارون', 'people fleeing', 'fixed', 'displacement', SMP],
  ['عالق عالقين عالقون', 'stranded people', 'fixed', 'displacement', SMP],
  ['وافد وافدين وافدون', 'new arrivals', 'fixed', 'displacement', SMP],
  ['قادم قادمين قادمون', 'new arrivals', 'fixed', 'displacement', SMP],
  ['عابر عابرين عابرون', 'people crossing', 'fixed', 'displacement', SMP],
  ['ملتمس ملتمسي ملتمسو', 'asylum seekers', 'people', 'other', { noDual: true, compounds: ASYLUM }],

  ['شحنة شحنات', 'shipments', 'fixed', 'aid', { contextLabel: 'aid shipments' }],
  ['شاحنة شاحنات', 'trucks', 'fixed', 'aid', { contextLabel: 'aid trucks' }],
  ['قافلة قوافل', 'convoys', 'fixed', 'aid', { contextLabel: 'aid convoys' }],
  ['طن أطنان', 'tonnes', 'fixed', 'aid', { contextLabel: 'tonnes of aid' }],
  ['سلة سلال', 'food baskets', 'fixed', 'aid'],
  ['وجبة وجبات', 'meals', 'fixed', 'aid'],
  ['طرد طرود', 'parcels', 'fixed', 'aid', { contextLabel: 'aid parcels' }],
  ['حصة حصص', 'rations', 'fixed', 'aid'],
  ['خيمة خيام', 'tents', 'fixed', 'aid'],
  // "سبعة أجهزة غسيل كلى": medical devices delivered; "أجهزة الأمن" alone is no count.
  ['جهاز أجهزة', 'devices', 'fixed', 'aid', { compoundOnly: true, compounds: { غسيل: { label: 'dialysis machines', compoundOnly: false }, تنفس: { label: 'ventilators', compoundOnly: false }, أكسجين: { label: 'oxygen concentrators', compoundOnly: false } } }],
  ['جرعة جرعات', 'vaccine doses', 'fixed', 'aid'],
  ['بطانية بطانيات', 'blankets', 'fixed', 'aid'],
  ['حقيبة حقائب', 'kits', 'fixed', 'aid'],
  ['قرص أقراص', 'tablets', 'fixed', 'aid'],
  ['مستفيد مستفيدين مستفيدون', 'beneficiaries', 'fixed', 'aid', SMP],
  ['مطبخ مطابخ', 'community kitchens', 'fixed', 'aid'],
  ['صهريج صهاريج', 'water tankers', 'fixed', 'aid'],
  ['كرفان كرفانات', 'caravans', 'fixed', 'aid'],
  ['رغيف أرغفة', 'loaves of bread', 'fixed', 'aid'],
  ['ربطة ربطات', 'bundles of bread', 'fixed', 'aid'],
  ['كيس أكياس', 'sacks', 'fixed', 'aid', { contextLabel: 'sacks of aid' }],
  ['قسيمة قسائم', 'vouchers', 'fixed', 'aid'],
  ['لقاح لقاحات', 'vaccine doses', 'fixed', 'aid'],
  ['فرشة فرشات', 'mattresses', 'fixed', 'aid'],
  ['عيادة عيادات', 'clinics', 'object', 'other', { ...EVENTFUL, compounds: { متنقلة: FIELD_CARE } }],

  ['انتهاك انتهاكات', 'violations', 'fixed', 'violations', { contextLabel: 'ceasefire violations' }],
  ['خرق خروقات خروق', 'violations', 'fixed', 'violations', { contextLabel: 'ceasefire violations' }],
  ['غارة غارات', 'airstrikes', 'fixed', 'violations'],
  ['هجوم هجمات', 'attacks', 'fixed', 'violations'],
  ['هجمة', 'attacks', 'fixed', 'violations'],
  ['تفجير تفجيرات', 'bombings', 'fixed', 'violations'],
  ['كمين كمائن', 'ambushes', 'fixed', 'violations'],
  ['مناوشة مناوشات', 'skirmishes', 'fixed', 'violations'],
  ['تجاوز تجاوزات', 'violations', 'fixed', 'violations', { contextLabel: 'ceasefire violations' }],
  ['اختراق اختراقات', 'breaches', 'fixed', 'violations', { contextLabel: 'ceasefire violations' }],
  ['تحليق تحليقات', 'overflights', 'fixed', 'violations'],
  ['ضربة ضربات', 'strikes', 'fixed', 'violations'],
  ['اعتداء اعتداءات', 'attacks', 'fixed', 'violations'],
  ['توغل توغلات', 'incursions', 'fixed', 'violations'],
  ['اشتباك اشتباكات', 'clashes', 'fixed', 'violations'],
  ['اقتحام اقتحامات', 'raids', 'fixed', 'violations'],
  ['مداهمة مداهمات', 'raids', 'fixed', 'violations'],
  ['عملية عمليات', 'operations', 'fixed', 'violations', { compoundOnly: true, noDual: true, compounds: OPERATIONS }],
  ['حادثة حوادث حادث', 'incidents', 'fixed', 'violations', { compounds: ACCIDENTS }],
  ['محاولة محاولات', 'attempts', 'fixed', 'other', { compoundOnly: true, noDual: true, compounds: ATTEMPTS }],
  ['انفجار انفجارات', 'explosions', 'fixed', 'other'],
  // "تسجيل 41 حريقاً عبر 13 ولاية": a civil-protection tally of fires.
  ['حريق حرائق', 'fires', 'fixed', 'other'],

  ['صاروخ صواريخ', 'missiles', 'weapon', 'other'],
  ['قذيفة قذائف', 'shells', 'weapon', 'other'],
  ['مسيرة مسيرات', 'drones', 'weapon', 'other'],
  ['لغم ألغام', 'mines', 'weapon', 'other'],
  ['برميل براميل', 'barrel bombs', 'weapon', 'other'],
  ['قنبلة قنابل', 'bombs', 'weapon', 'other'],
  ['عبوة عبوات', 'explosive devices', 'weapon', 'other', { compounds: { مياه: BOTTLES, ماء: BOTTLES } }],
  ['زجاجة زجاجات', 'bottles', 'fixed', 'aid', { noDual: true }],
  ['رشقة رشقات', 'salvos', 'weapon', 'other'],
  ['ذخيرة ذخائر', 'munitions', 'weapon', 'other'],
  ['مقذوف مقذوفات', 'projectiles', 'weapon', 'other'],
  ['رصاصة رصاصات', 'bullets', 'weapon', 'other'],
  ['طلقة طلقات', 'rounds', 'weapon', 'other'],
  ['مروحية مروحيات', 'helicopters', 'weapon', 'other'],
  ['رادار رادارات', 'radars', 'weapon', 'other'],
  // "منصتي إطلاق"، "3 منصات صواريخ": launchers; not "منصتي إكس وتلغرام" (two platforms).
  ['منصة منصات', 'platforms', 'weapon', 'other', { compoundOnly: true, compounds: { إطلاق: { label: 'launchers', compoundOnly: false }, صواريخ: { label: 'launchers', compoundOnly: false } } }],
  ['مسدس مسدسات', 'pistols', 'weapon', 'other'],
  ['بندقية بنادق', 'rifles', 'weapon', 'other'],
  ['سكين سكاكين', 'knives', 'weapon', 'other'],
  [
    'طائرة طائرات',
    'aircraft',
    'weapon',
    'other',
    { aidLabel: 'aid flights', compounds: { مسيرة: { label: 'drones', aidLabel: undefined }, مسيرات: { label: 'drones', aidLabel: undefined } } },
  ],

  ['منزل منازل', 'homes', 'object', 'other'],
  ['مسكن مساكن', 'homes', 'object', 'other'],
  ['حظيرة حظائر', 'barns', 'object', 'other'],
  // "ضبطت الشرطة 14 ألف حبة كبتاجون": pills seized; counted only when something befalls them.
  ['حبة حبات', 'pills', 'object', 'other', EVENTFUL],
  ['شجرة أشجار', 'trees', 'object', 'other', EVENTFUL],
  ['نخلة نخلات', 'palm trees', 'object', 'other', EVENTFUL],
  // "7 بؤر استيطانية"، "50 بؤرة" after them; "بؤر التوتر" (hotspots) is no claim.
  ['بؤرة بؤر', 'outposts', 'object', 'other', { compoundOnly: true, noDual: true, compounds: { استيطانية: { label: 'settlement outposts', kind: 'fixed', category: 'violations' } } }],
  // "57 أمراً بالهدم"، "أوامر هدم": demolition orders.
  ['أمر أوامر', 'orders', 'object', 'other', {
    compoundOnly: true,
    noDual: true,
    compounds: Object.fromEntries(['هدم', 'بالهدم', 'بهدم'].map((w) => [w, { label: 'demolition orders', kind: 'fixed' as const, category: 'violations' as const }])),
  }],
  ['بيت بيوت', 'homes', 'object', 'other'],
  ['مبنى مباني مبان', 'buildings', 'object', 'other', { noDual: true }],
  ['بناية بنايات', 'buildings', 'object', 'other'],
  ['وحدة وحدات', 'units', 'object', 'other', { compoundOnly: true, noDual: true, compounds: { سكنية: { label: 'housing units', compoundOnly: false } } }],
  ['مأوى ملجأ ملاجئ', 'shelters', 'object', 'other', { noDual: true }],
  ['جسر جسور', 'bridges', 'object', 'other'],
  ['شقة شقق', 'apartments', 'object', 'other'],
  ['مدرسة مدارس', 'schools', 'object', 'other'],
  ['مستشفى مستشفيات', 'hospitals', 'object', 'other', { compounds: { ميداني: FIELD_CARE, ميدانية: FIELD_CARE, ميدانيا: FIELD_CARE } }],
  ['مسجد مساجد', 'mosques', 'object', 'other'],
  ['كنيسة كنائس', 'churches', 'object', 'other'],
  ['سيارة سيارات', 'vehicles', 'object', 'other', { compounds: { إسعاف: { label: 'ambulances' } } }],
  ['مركبة مركبات', 'vehicles', 'object', 'other'],
  ['آلية آليات', 'vehicles', 'object', 'other'],
  ['سفينة سفن', 'ships', 'object', 'other', EVENTFUL],
  ['قارب قوارب', 'boats', 'object', 'other', EVENTFUL],
  ['زورق زوارق', 'boats', 'object', 'other', EVENTFUL],
  ['منشأة منشآت', 'facilities', 'object', 'other', EVENTFUL],
  ['مركز مراكز', 'centres', 'object', 'other', { ...EVENTFUL, noDual: true, compounds: { إيواء: { label: 'shelters', kind: 'fixed', category: 'aid', needsEvent: false }, لعلاج: TREATMENT, للعلاج: TREATMENT } }],
  ['نقطة نقاط', 'points', 'object', 'other', { ...EVENTFUL, noDual: true }],
  ['مستودع مستودعات', 'warehouses', 'object', 'other', EVENTFUL],
  ['محطة محطات', 'stations', 'object', 'other', EVENTFUL],
  ['هدف أهداف', 'targets', 'object', 'other', EVENTFUL],
  ['موقع مواقع', 'sites', 'object', 'other', EVENTFUL],
  ['منطقة مناطق', 'areas', 'object', 'other', EVENTFUL],
  ['مدينة مدن', 'cities', 'object', 'other', EVENTFUL],
  ['دولة دول', 'countries', 'object', 'other', EVENTFUL],
  ['رأس رؤوس', 'head', 'object', 'other', { compoundOnly: true, noDual: true, compounds: { من: HEAD, ماشية: HEAD, الماشية: HEAD } }],
  ['دبابة دبابات', 'tanks', 'object', 'other'],
  ['مدرعة مدرعات', 'armoured vehicles', 'object', 'other'],
  ['مقبرة مقابر', 'graves', 'object', 'other'],
  ['نفق أنفاق', 'tunnels', 'object', 'other'],
  ['حقل حقول', 'fields', 'object', 'other', { ...EVENTFUL, compounds: { ألغام: { label: 'minefields', needsEvent: false } } }],
  ['منصة منصات', 'launchers', 'object', 'other', EVENTFUL],
  ['مختبر مختبرات', 'laboratories', 'object', 'other'],
  ['مخبأ مخابئ', 'caches', 'object', 'other'],
  ['مخزن مخازن', 'depots', 'object', 'other'],
  ['قرية قرى', 'villages', 'object', 'other'],
  // The Moroccan hamlet: "موزعة على 2930 دواراً".
  ['دوار دواوير', 'villages', 'object', 'other', { noDual: true }],
  ['بلدة بلدات', 'towns', 'object', 'other'],
  ['مخيم مخيمات', 'camps', 'object', 'other'],
  ['دونم دونمات', 'dunams', 'object', 'other'],
  ['حالة حالات', 'cases', 'people', 'other', {
    generic: true,
    cases: true,
    noDual: true,
    compounds: {
      وفاة: { label: 'deaths', kind: 'fixed', category: 'casualties' },
      إصابة: { label: 'injured', kind: 'fixed', category: 'casualties' },
      اعتقال: { label: 'arrests', kind: 'fixed', category: 'casualties' },
      اختطاف: { label: 'abductions', kind: 'fixed', category: 'casualties' },
      اختفاء: { label: 'disappearances', kind: 'fixed', category: 'casualties' },
      إخفاء: { label: 'disappearances', kind: 'fixed', category: 'casualties' },
      إعدام: { label: 'executions', kind: 'fixed', category: 'casualties' },
      غرق: { label: 'drownings', kind: 'fixed', category: 'casualties' },
      اختناق: { label: 'injured', kind: 'fixed', category: 'casualties' },
      تسمم: { label: 'injured', kind: 'fixed', category: 'casualties' },
      نزوح: { label: 'people displaced', kind: 'fixed', category: 'displacement' },
      انتهاك: { label: 'violations', kind: 'fixed', category: 'violations', contextLabel: 'ceasefire violations' },
      خرق: { label: 'violations', kind: 'fixed', category: 'violations', contextLabel: 'ceasefire violations' },
    },
  }],

  ['دولار دولارات', 'US dollars', 'money', 'other'],
  ['يورو', 'euros', 'money', 'other'],
  ['جنيه جنيهات', 'pounds', 'money', 'other'],
  ['ريال ريالات', 'riyals', 'money', 'other'],
  ['دينار دنانير', 'dinars', 'money', 'other'],
  ['درهم دراهم', 'dirhams', 'money', 'other'],
  ['ليرة ليرات', 'lira', 'money', 'other'],
  ['شيكل شواكل', 'shekels', 'money', 'other'],
  ['هريفنيا', 'hryvnias', 'money', 'other'],
  ['روبل', 'roubles', 'money', 'other'],
  ['يوان', 'yuan', 'money', 'other'],
  ['روبية روبيات', 'rupees', 'money', 'other'],
  ['فرنك فرنكات', 'francs', 'money', 'other'],
  ['تومان', 'tomans', 'money', 'other'],
  ['شلن شلنات', 'shillings', 'money', 'other'],
  ['نايرا', 'naira', 'money', 'other'],
  ['تاكا', 'taka', 'money', 'other'],
  ['كيات', 'kyat', 'money', 'other'],
  ['بيزو', 'pesos', 'money', 'other'],
];
