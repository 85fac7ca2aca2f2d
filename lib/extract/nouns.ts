/** Countable nouns a report gives numbers for, with what each counts in English. */
import type { Category } from './types';
import { normalizeKey } from './normalize';
import { Lexicon } from './word-forms';

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
  /** "people", "others", "cases": the event alone says what is counted ("killed"). */
  generic?: boolean;
  /** Sound masculine plural in -ين: unvowelled -ين is then a plural, not a dual. */
  smp?: boolean;
  /** No dual reading (آخرين is a plural, طالبين a participle). */
  noDual?: boolean;
  /** Counts cases, not persons (حالة): never read as people reached by aid. */
  cases?: boolean;
  /** A following word that changes the reading: طائرة مسيرة, طالب لجوء, حالة وفاة. */
  compounds?: Record<string, Partial<Noun>>;
}

type Def = [forms: string, label: string, kind: NounKind, category: Category, extra?: Partial<Noun>];

const SMP = { smp: true };
const DEFS: Def[] = [
  ['قتيل قتلى', 'killed', 'fixed', 'casualties'],
  ['شهيد شهداء', 'killed', 'fixed', 'casualties'],
  ['ضحية ضحايا', 'victims', 'fixed', 'casualties'],
  ['جريح جرحى', 'injured', 'fixed', 'casualties'],
  ['مصاب مصابين مصابون', 'injured', 'fixed', 'casualties', SMP],
  ['إصابة إصابات', 'injured', 'fixed', 'casualties'],
  ['مفقود مفقودين مفقودون', 'missing', 'fixed', 'casualties', SMP],
  ['جثة جثث جثمان جثامين', 'bodies', 'fixed', 'casualties'],
  ['وفاة وفيات', 'deaths', 'fixed', 'casualties'],
  ['مجزرة مجازر', 'massacres', 'fixed', 'casualties'],
  ['معتقل معتقلين معتقلون', 'detained', 'fixed', 'casualties', SMP],
  ['مختطف مختطفين مختطفون', 'abducted', 'fixed', 'casualties', SMP],
  ['موقوف موقوفين', 'arrested', 'fixed', 'casualties', SMP],

  ['شخص أشخاص', 'people', 'people', 'other', { generic: true }],
  ['فرد أفراد', 'people', 'people', 'other', { generic: true }],
  ['آخر آخرين آخرون', 'people', 'people', 'other', { generic: true, noDual: true }],
  ['نسمة', 'residents', 'people', 'other', { noDual: true }],
  ['ساكن سكان', 'residents', 'people', 'other', { noDual: true }],
  ['مواطن مواطنين مواطنون', 'civilians', 'people', 'other', SMP],
  ['مدني مدنيين مدنيون', 'civilians', 'people', 'other', SMP],
  ['طفل أطفال', 'children', 'people', 'other'],
  ['رضيع رضع', 'infants', 'people', 'other'],
  ['امرأة نساء سيدة سيدات', 'women', 'people', 'other'],
  ['رجل رجال', 'men', 'people', 'other'],
  ['فتى فتية', 'boys', 'people', 'other'],
  ['فتاة فتيات', 'girls', 'people', 'other'],
  ['شاب شبان', 'young men', 'people', 'other'],
  ['مسن مسنين', 'elderly people', 'people', 'other', SMP],
  ['قاصر قاصرين', 'minors', 'people', 'other', SMP],
  ['جندي جنود', 'soldiers', 'people', 'other'],
  ['عسكري عسكريين عسكريون', 'soldiers', 'people', 'other', SMP],
  ['عنصر عناصر', 'personnel', 'people', 'other'],
  ['مقاتل مقاتلين مقاتلون', 'fighters', 'people', 'other', SMP],
  ['مسلح مسلحين مسلحون', 'gunmen', 'people', 'other', SMP],
  ['إرهابي إرهابيين', 'militants', 'people', 'other', SMP],
  ['شرطي شرطيين شرطيون', 'police officers', 'people', 'other', SMP],
  ['ضابط ضباط', 'officers', 'people', 'other'],
  ['صحفي صحفيين صحفيون صحافي صحافيين صحافيون', 'journalists', 'people', 'other', SMP],
  ['مسعف مسعفين مسعفون', 'paramedics', 'people', 'other', SMP],
  ['طبيب أطباء', 'doctors', 'people', 'other'],
  ['ممرض ممرضين ممرضة ممرضات', 'nurses', 'people', 'other', SMP],
  ['عامل عمال عاملين', 'workers', 'people', 'other', SMP],
  ['موظف موظفين موظفون', 'staff', 'people', 'other', SMP],
  ['متظاهر متظاهرين متظاهرون محتج محتجين', 'protesters', 'people', 'other', SMP],
  ['ناشط ناشطين ناشطون', 'activists', 'people', 'other', SMP],
  ['طالب طلاب', 'students', 'people', 'other', { noDual: true, compounds: { لجوء: { label: 'asylum seekers', category: 'displacement', kind: 'fixed' } } }],
  ['طالبي', 'students', 'people', 'other', { noDual: true, compounds: { لجوء: { label: 'asylum seekers', category: 'displacement', kind: 'fixed' } } }],
  ['تلميذ تلاميذ', 'pupils', 'people', 'other'],
  ['عائلة عائلات أسرة أسر', 'families', 'people', 'other'],
  ['رهينة رهائن', 'hostages', 'people', 'other'],
  ['محتجز محتجزين محتجزون', 'detainees', 'people', 'other', SMP],
  ['أسير أسرى سجين سجناء', 'prisoners', 'people', 'other'],
  ['مهاجر مهاجرين مهاجرون', 'migrants', 'people', 'displacement', SMP],
  ['مستوطن مستوطنين مستوطنون', 'settlers', 'people', 'other', SMP],
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
  ['روسي روس', 'Russians', 'people', 'other'],
  ['أرمني أرمن', 'Armenians', 'people', 'other'],
  ['أفغاني أفغان', 'Afghans', 'people', 'other'],

  ['نازح نازحين نازحون', 'displaced people', 'fixed', 'displacement', SMP],
  ['لاجئ لاجئين لاجئون', 'refugees', 'fixed', 'displacement', SMP],
  ['مهجر مهجرين مهجرون', 'displaced people', 'fixed', 'displacement', SMP],
  ['مشرد مشردين مشردون', 'homeless people', 'fixed', 'displacement', SMP],
  ['عائد عائدين عائدون', 'returnees', 'fixed', 'displacement', SMP],

  ['شحنة شحنات', 'shipments', 'fixed', 'aid', { contextLabel: 'aid shipments' }],
  ['شاحنة شاحنات', 'trucks', 'fixed', 'aid', { contextLabel: 'aid trucks' }],
  ['قافلة قوافل', 'convoys', 'fixed', 'aid', { contextLabel: 'aid convoys' }],
  ['طن أطنان', 'tonnes', 'fixed', 'aid', { contextLabel: 'tonnes of aid' }],
  ['سلة سلال', 'food baskets', 'fixed', 'aid'],
  ['وجبة وجبات', 'meals', 'fixed', 'aid'],
  ['طرد طرود', 'parcels', 'fixed', 'aid', { contextLabel: 'aid parcels' }],
  ['حصة حصص', 'rations', 'fixed', 'aid'],
  ['خيمة خيام', 'tents', 'fixed', 'aid'],
  ['جرعة جرعات', 'vaccine doses', 'fixed', 'aid'],
  ['بطانية بطانيات', 'blankets', 'fixed', 'aid'],
  ['حقيبة حقائب', 'kits', 'fixed', 'aid'],
  ['مستفيد مستفيدين مستفيدون', 'beneficiaries', 'fixed', 'aid', SMP],

  ['انتهاك انتهاكات', 'violations', 'fixed', 'violations', { contextLabel: 'ceasefire violations' }],
  ['خرق خروقات خروق', 'violations', 'fixed', 'violations', { contextLabel: 'ceasefire violations' }],
  ['غارة غارات', 'airstrikes', 'fixed', 'violations'],
  ['هجوم هجمات', 'attacks', 'fixed', 'violations'],
  ['ضربة ضربات', 'strikes', 'fixed', 'violations'],
  ['اعتداء اعتداءات', 'attacks', 'fixed', 'violations'],
  ['توغل توغلات', 'incursions', 'fixed', 'violations'],

  ['صاروخ صواريخ', 'missiles', 'weapon', 'other'],
  ['قذيفة قذائف', 'shells', 'weapon', 'other'],
  ['مسيرة مسيرات', 'drones', 'weapon', 'other'],
  ['لغم ألغام', 'mines', 'weapon', 'other'],
  ['برميل براميل', 'barrel bombs', 'weapon', 'other'],
  ['قنبلة قنابل', 'bombs', 'weapon', 'other'],
  ['عبوة عبوات', 'explosive devices', 'weapon', 'other'],
  ['طائرة طائرات', 'aircraft', 'weapon', 'other', { compounds: { مسيرة: { label: 'drones' }, مسيرات: { label: 'drones' } } }],

  ['منزل منازل بيت بيوت', 'homes', 'object', 'other'],
  ['مبنى مباني بناية بنايات', 'buildings', 'object', 'other'],
  ['شقة شقق', 'apartments', 'object', 'other'],
  ['مدرسة مدارس', 'schools', 'object', 'other'],
  ['مستشفى مستشفيات', 'hospitals', 'object', 'other'],
  ['مسجد مساجد', 'mosques', 'object', 'other'],
  ['كنيسة كنائس', 'churches', 'object', 'other'],
  ['سيارة سيارات مركبة مركبات آلية آليات', 'vehicles', 'object', 'other'],
  ['دبابة دبابات', 'tanks', 'object', 'other'],
  ['قرية قرى', 'villages', 'object', 'other'],
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
  ['روبل', 'roubles', 'money', 'other'],
];

export interface NounForm {
  noun: Noun;
  /** A dual ending in -ين of a noun whose plural also ends in -ين: needs a fatha to be read as dual. */
  ambiguousDual: boolean;
}

const forms: [string, NounForm][] = [];
const dualForms: [string, NounForm][] = [];

function accusative(word: string): string | null {
  return /[اهء]$/.test(word) ? null : `${word}ا`;
}

for (const [list, label, kind, category, extra] of DEFS) {
  const noun: Noun = { label, kind, category, ...extra };
  if (noun.compounds) {
    noun.compounds = Object.fromEntries(Object.entries(noun.compounds).map(([k, v]) => [normalizeKey(k), v]));
  }
  const words = list.split(' ').map(normalizeKey);
  for (const w of words) {
    forms.push([w, { noun, ambiguousDual: false }]);
    const acc = accusative(w);
    if (acc) forms.push([acc, { noun, ambiguousDual: false }]);
  }
  // Two homes or two dollars are not what a dual count claim is about.
  if (noun.noDual || kind === 'money' || kind === 'object') continue;
  const singular = words[0];
  const stem = singular.endsWith('ه') ? `${singular.slice(0, -1)}ت` : singular;
  dualForms.push([`${stem}ان`, { noun, ambiguousDual: false }]);
  dualForms.push([`${stem}ين`, { noun, ambiguousDual: noun.smp === true }]);
}

/** Nouns after a number, after "من", or before it in "عدد القتلى"; singular, plural and accusative forms. */
export const nouns = new Lexicon(forms, { clitics: true, definite: true });

/** Dual forms: انتهاكان، جنديين، شاحنتين. A plural spelled the same wins in `nouns`. */
export const dualNouns = new Lexicon(
  dualForms.filter(([w]) => nouns.exact(w) === undefined || nouns.exact(w)!.noun.smp),
  { clitics: true, definite: true },
);

/** Durations, distances, ages and the like: a number before them is not a count claim. */
export const measureWords = new Lexicon(
  (
    'ساعة ساعات دقيقة دقائق ثانية ثوان يوم أيام يوما أسبوع أسابيع أسبوعا شهر أشهر شهور شهرا ' +
    'سنة سنوات سنين عام أعوام عاما أعواما عقد عقود عقدا قرن قرون ليلة ليال ليلا مرة مرات ضعف أضعاف ' +
    'كلم كم كيلومتر كيلومترات كيلومترا متر أمتار مترا ميل أميال ميلا ميلي درجة درجات ' +
    'كيلوغرام كيلوغراما كغ غرام لتر لترات لترا هكتار هكتارا ميغاواط نقطة نقاط'
  )
    .split(' ')
    .map((w) => [w, true] as const),
  { clitics: false, definite: true },
);

export const MONTHS = new Set(
  (
    'يناير فبراير مارس أبريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس سبتمبر أكتوبر نوفمبر ديسمبر ' +
    'كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين جانفي فيفري أفريل ماي جوان جويلية أوت'
  )
    .split(' ')
    .map(normalizeKey),
);
