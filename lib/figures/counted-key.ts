/**
 * What a claim counts, reduced to a key that compares across Arabic and English:
 * "event" for people ("killed", "displaced") or "event:group" when a group is named
 * ("killed:soldiers"). The extractor's English label ("soldiers killed", "displaced people")
 * and a checker's Arabic or English wording ("قتلى", "الجنود القتلى", "refugees") map to the
 * same key. A small table of our own, meant to be swapped for lib/extract's when it exists.
 */
import { normalizeKey } from '../extract/normalize';

/** Words that name what happened to those counted, to their canonical event. */
const EVENTS: Record<string, string[]> = {
  killed: [
    'killed', 'dead', 'deaths', 'death', 'died', 'fatalities', 'victims', 'bodies', 'toll', 'lost',
    'قتلى', 'قتيل', 'قتيلا', 'مقتل', 'قتلوا', 'قتل', 'شهداء', 'شهيد', 'وفاة', 'وفيات', 'ضحايا', 'جثث', 'جثة', 'حتفهم', 'لقوا',
  ],
  injured: ['injured', 'wounded', 'hurt', 'injuries', 'جرحى', 'جريح', 'مصابين', 'مصابون', 'مصاب', 'إصابة', 'اصابة', 'أصيب', 'اصيب', 'إصابات'],
  missing: ['missing', 'disappeared', 'unaccounted', 'مفقودين', 'مفقود', 'مفقودون', 'المفقودين', 'عداد'],
  displaced: [
    'displaced', 'evacuated', 'refugees', 'refugee', 'arrivals', 'arrived', 'fled', 'relocated', 'displacement', 'exodus',
    'نازحين', 'نازح', 'نازحا', 'نازحون', 'نزحوا', 'نزوح', 'لاجئين', 'لاجئ', 'لاجئون', 'إجلاء', 'اجلاء', 'أجلوا', 'مهجرين', 'وافدين', 'واصلين',
  ],
  detained: ['detained', 'arrested', 'arrests', 'detainees', 'prisoners', 'معتقلين', 'معتقل', 'أسرى', 'اسرى', 'اعتقال', 'اعتقل', 'موقوفين'],
  violations: ['violations', 'violation', 'breaches', 'breach', 'violated', 'انتهاكات', 'انتهاك', 'خروقات', 'خروق', 'خرق'],
  attacks: ['attacks', 'strikes', 'raids', 'shelling', 'هجمات', 'هجوم', 'غارات', 'غارة', 'ضربات', 'قصف'],
  'receiving aid': ['receiving', 'care', 'assisted', 'رعاية'],
  'in need': ['need', 'حاجة', 'محتاجين'],
  affected: ['affected', 'متضررين', 'متضرر'],
  destroyed: ['destroyed', 'damaged', 'collapsed', 'razed', 'مدمرة', 'دمرت', 'تدمير', 'منهارة', 'انهار', 'انهارت', 'انهيار', 'تهدم', 'مهدمة'],
};

/** Who is counted, when it is not just people. */
const GROUPS: Record<string, string[]> = {
  soldiers: ['soldiers', 'soldier', 'troops', 'servicemen', 'personnel', 'conscripts', 'جنود', 'جندي', 'جنديا', 'عسكريين', 'عسكري', 'جنودها', 'جنوده'],
  civilians: ['civilians', 'civilian', 'مدنيين', 'مدني', 'مدنيون'],
  children: ['children', 'child', 'minors', 'boys', 'girls', 'أطفال', 'اطفال', 'طفل', 'طفلا', 'قاصرين'],
  women: ['women', 'نساء', 'امرأة', 'سيدات'],
  police: ['police', 'officers', 'policemen', 'شرطيين', 'شرطي', 'شرطة'],
  families: ['families', 'family', 'households', 'عائلة', 'عائلات', 'أسرة', 'أسر', 'اسر'],
  journalists: ['journalists', 'reporters', 'media', 'صحفيين', 'صحافيين', 'صحفي'],
  peacekeepers: ['peacekeepers', 'peacekeeping', 'حفظ'],
  'aid workers': ['humanitarian workers', 'aid workers', 'عمال الإغاثة', 'عاملين'],
  trucks: ['trucks', 'lorries', 'شاحنات', 'شاحنة'],
  shipments: ['shipments', 'convoys', 'شحنات', 'قوافل'],
  homes: ['homes', 'houses', 'buildings', 'building', 'منازل', 'منزل', 'بيوت', 'مباني', 'مبان', 'مبنى'],
};

/** Labels that count a thing, not people, and name no event: the label is the key. */
const PEOPLE = new Set(['people', 'persons', 'residents', 'others', 'individuals', 'أشخاص', 'اشخاص', 'شخص', 'شخصا', 'سكان', 'السكان', 'آخرين', 'nationals']);

function index(table: Record<string, string[]>): Map<string, string> {
  const m = new Map<string, string>();
  for (const [key, words] of Object.entries(table)) for (const w of words) m.set(norm(w), key);
  return m;
}

function norm(w: string): string {
  return /[\u0600-\u06ff]/.test(w) ? normalizeKey(w).replace(/^(و|ف)?(ال|بال|لل)/, '') : w.toLowerCase();
}

const EVENT_OF = index(EVENTS);
const GROUP_OF = index(GROUPS);
const PEOPLE_N = new Set([...PEOPLE].map(norm));

/**
 * A word as the tables know it: Arabic case and number endings a table lacks are tried off
 * ("مصابو" in construct, "قتيلاً" with its tanween alif, "المصابون").
 */
function known(w: string): string {
  if (EVENT_OF.has(w) || GROUP_OF.has(w) || PEOPLE_N.has(w) || !/[\u0600-\u06ff]/.test(w)) return w;
  for (const suffix of ['ون', 'ين', 'و', 'ا']) {
    if (w.length - suffix.length < 3 || !w.endsWith(suffix)) continue;
    const base = w.slice(0, -suffix.length);
    for (const form of [base, `${base}ين`]) if (EVENT_OF.has(form) || GROUP_OF.has(form) || PEOPLE_N.has(form)) return form;
  }
  return w;
}

/** The comparable key of a counted label in Arabic or English; "" when nothing is recognised. */
export function countedKey(counted: string): string {
  const text = counted.trim();
  if (!text) return '';
  // "ceasefire violations" and "violations" are one kind of count.
  const words = text.split(/[\s,،/]+/).map(norm).filter(Boolean);
  let event = '';
  let group = '';
  let other = '';
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : '';
    if (two && GROUP_OF.has(two) && !group) {
      group = GROUP_OF.get(two)!;
      i++;
      continue;
    }
    const w = known(words[i]);
    if (!event && EVENT_OF.has(w)) event = EVENT_OF.get(w)!;
    else if (!group && GROUP_OF.has(w)) group = GROUP_OF.get(w)!;
    else if (!PEOPLE_N.has(w) && !other) other = w;
  }
  // Refugee families, aid trucks: the group is the unit counted, so it stays in the key.
  if (event && group) return `${event}:${group}`;
  if (event) return event;
  if (group) return `:${group}`;
  return other ? `:${other}` : '';
}

/** The event part of a key ("killed" of "killed:soldiers"); "" for things and bare people. */
export function eventOf(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? key : key.slice(0, i);
}

export function groupOf(key: string): string {
  const i = key.indexOf(':');
  return i < 0 ? '' : key.slice(i + 1);
}

/**
 * Events whose tolls are reported together and get confused by readers and extractors alike
 * ("lost 192 soldiers" reads as missing); retrieval fetches them together, scoring tells them apart.
 */
const RELATED: Record<string, string[]> = {
  killed: ['killed', 'missing'],
  missing: ['missing', 'killed'],
  displaced: ['displaced'],
  injured: ['injured'],
};

/** The event keys a candidate search should cover for this key; null means any (unknown event). */
export function relatedEvents(key: string): string[] | null {
  const e = eventOf(key);
  if (!e) return null;
  return RELATED[e] ?? [e];
}

/** A word that names what is counted ("قتلى", "injured", "جنود"): scored as the counted kind, not as a content word. */
export function isCountedWord(word: string): boolean {
  const n = norm(word);
  return EVENT_OF.has(n) || GROUP_OF.has(n) || PEOPLE_N.has(n);
}
