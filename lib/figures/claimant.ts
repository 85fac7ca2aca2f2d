/**
 * Who makes a claim, reduced to comparable tokens: normalised Arabic, lower-case English,
 * and the institution words translated to one English token (وزارة الدفاع الروسية and
 * "Russia's defence ministry" both give "defence ministry russia"), so the same source can
 * be recognised across spellings and languages.
 */
import { normalizeKey } from '../extract/normalize';
import { memoize } from './memo';
import { stem, wordTokens } from './text';

const TOKENS: Record<string, string[]> = {
  ministry: ['ministry', 'وزارة', 'وزير', 'minister'],
  defence: ['defence', 'defense', 'الدفاع'],
  health: ['health', 'الصحة'],
  interior: ['interior', 'الداخلية'],
  foreign: ['foreign', 'الخارجية'],
  government: ['government', 'administration', 'الحكومة', 'حكومة', 'cabinet'],
  spokesperson: ['spokesperson', 'spokesman', 'spokeswoman', 'المتحدثة', 'المتحدث', 'متحدث'],
  authorities: ['authorities', 'officials', 'سلطات', 'السلطات', 'مسؤولون', 'مسؤولين'],
  separatist: ['separatist', 'separatists', 'الانفصاليون', 'الانفصاليين', 'الانفصالية', 'انفصالي'],
  ombudsman: ['ombudsman', 'المظالم'],
  army: ['army', 'military', 'الجيش', 'جيش'],
  russia: ['russia', "russia's", 'russian', 'روسيا', 'الروسية', 'الروسي', 'موسكو', 'moscow'],
  armenia: ['armenia', "armenia's", 'armenian', 'أرمينيا', 'الأرمينية', 'الأرميني', 'يريفان', 'yerevan'],
  azerbaijan: ['azerbaijan', "azerbaijan's", 'azerbaijani', 'أذربيجان', 'الأذربيجانية', 'الأذربيجاني', 'الأذرية', 'باكو', 'baku'],
  karabakh: ['karabakh', 'قره', 'قرة'],
  libya: ['libya', 'libyan', 'ليبيا', 'الليبية', 'الليبي'],
  turkey: ['turkey', 'turkish', 'türkiye', 'تركيا', 'التركية', 'التركي', 'أنقرة', 'ankara'],
  syria: ['syria', 'syrian', 'سوريا', 'سورية', 'السورية', 'السوري', 'دمشق', 'damascus'],
  lebanon: ['lebanon', 'lebanese', 'لبنان', 'اللبنانية', 'اللبناني', 'بيروت', 'beirut'],
  iraq: ['iraq', 'iraqi', 'العراق', 'العراقية', 'العراقي', 'بغداد', 'baghdad'],
  sudan: ['sudan', 'sudanese', 'السودان', 'السودانية', 'السوداني', 'الخرطوم', 'khartoum'],
  yemen: ['yemen', 'yemeni', 'اليمن', 'اليمنية', 'اليمني', 'صنعاء', 'sanaa'],
  egypt: ['egypt', 'egyptian', 'مصر', 'المصرية', 'المصري', 'القاهرة', 'cairo'],
  ukraine: ['ukraine', 'ukrainian', 'أوكرانيا', 'الأوكرانية', 'الأوكراني', 'كييف', 'kyiv'],
  morocco: ['morocco', 'moroccan', 'المغرب', 'المغربية', 'المغربي', 'الرباط', 'rabat'],
  palestine: ['palestinian', 'palestine', 'فلسطين', 'الفلسطينية', 'الفلسطيني'],
  israel: ['israel', 'israeli', 'إسرائيل', 'الإسرائيلية', 'الإسرائيلي'],
  // Rescue and disaster bodies, named one way in Arabic and another in English.
  'civil-defence': ['civil defence', 'civil defense', 'white helmets', 'الدفاع المدني', 'الخوذ البيضاء'],
  'disaster-agency': ['disaster agency', 'disaster management', 'disaster and emergency', 'إدارة الكوارث', 'هيئة الكوارث', 'afad'],
  unicef: ['unicef', 'يونيسف', 'اليونيسف', 'لرعاية الطفولة'],
  wfp: ['wfp', 'world food programme', 'الأغذية العالمي'],
  msf: ['msf', 'doctors without borders', 'médecins sans frontières', 'أطباء بلا حدود'],
  un: ['un', 'united nations', 'الأمم المتحدة', 'الأمم'],
  unhcr: ['unhcr', 'لشؤون اللاجئين', 'refugee agency'],
  who: ['who', 'الصحة العالمية', 'world health organization'],
  ocha: ['ocha', 'تنسيق الشؤون الإنسانية'],
  iom: ['iom', 'للهجرة', 'organization for migration'],
  'red-crescent': ['crescent', 'الهلال'],
  'red-cross': ['cross', 'الصليب'],
  ifrc: ['ifrc', 'federation', 'الاتحاد الدولي لجمعيات'],
};

const DROP = new Set(['في', 'من', 'باسم', 'عن', 'the', 'of', 'in', 'for', "'s", 'said', 'and', 'office', 'مكتب', 'بعثة', 'رئيس', 'head', 'باغ', 'ناغورنو', 'نائب', 'امين', 'أمين', 'السامية', 'المفوضية', 'منظمة', 'agency', 'organization', 'group', 'rescue', 'emergency', 'الطوارئ', 'والطوارئ', 'جهاز']);

const SINGLE = new Map<string, string>();
const PHRASES: { words: string[]; token: string }[] = [];
for (const [token, forms] of Object.entries(TOKENS)) {
  for (const f of forms) {
    const words = f.split(/\s+/).map(keyOf);
    if (words.length === 1) SINGLE.set(words[0], token);
    else PHRASES.push({ words, token });
  }
}
const DROP_KEYS = new Set([...DROP].map(keyOf));

function keyOf(w: string): string {
  return /[\u0600-\u06ff]/.test(w) ? stem(normalizeKey(w)) : w.toLowerCase().replace(/['’]s$/, '');
}

/** The claimant's comparable tokens, sorted and joined by spaces; null for no claimant. */
export function canonicalClaimant(claimant: string | null | undefined): string | null {
  if (!claimant) return null;
  const keys = wordTokens(claimant).map((w) => keyOf(w.text));
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const phrase = PHRASES.find((p) => p.words.every((w, j) => keys[i + j] === w));
    if (phrase) {
      out.add(phrase.token);
      i += phrase.words.length - 1;
      continue;
    }
    const k = keys[i];
    if (DROP_KEYS.has(k)) continue;
    out.add(SINGLE.get(k) ?? k);
  }
  return out.size ? [...out].sort().join(' ') : null;
}

const tokenSet = memoize((k: string) => new Set(k.split(' ')));
const tokenList = memoize((k: string) => k.split(' '));

/**
 * How alike two canonical claimants are, 0..1: shared tokens over the shorter one's, so a
 * fuller name ("the ombudsman of Karabakh Gegham Stepanyan") matches its short form.
 */
export function claimantSimilarity(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const as = tokenSet(a);
  const bs = tokenList(b);
  let shared = 0;
  for (const t of bs) if (as.has(t)) shared++;
  return shared / Math.min(as.size, bs.length);
}

/** The same source, for earlier verdicts and same-day checks. */
export function sameClaimant(a: string | null | undefined, b: string | null | undefined): boolean {
  return claimantSimilarity(a, b) >= 0.75;
}
