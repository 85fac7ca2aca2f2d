/**
 * What a claim says about its source and how far to trust the extractor on it, filled in once
 * the claims of a report are final (restatements merged): the source's kind (person or body),
 * the full name a back-reference or an acronym stands for, the counted kind, the confidence.
 */
import { countedKindOf } from './counted-kinds';
import type { ClaimantKind, Claim } from './types';

const AR_PERSON_HEAD = new Set([
  'متحدث', 'متحدثه', 'ناطق', 'ناطقه', 'وزير', 'وزيره', 'رئيس', 'رئيسه', 'مدير', 'مديره', 'منسق', 'منسقه', 'مسؤول', 'مسوول',
  'مسؤوله', 'مسؤولون', 'قائد', 'مصدر', 'مصادر', 'امين', 'مفوض', 'مبعوث', 'مبعوثه', 'ممثل', 'ممثله', 'مندوب', 'سفير', 'محافظ',
  'عمده', 'طبيب', 'شاهد', 'شهود', 'مراسل', 'نائب', 'عضو', 'ضيف', 'مذيع', 'دكتور', 'د', 'قائم', 'مستشار', 'خبير', 'باحث',
  'مدعي', 'مواطن', 'ناشط', 'ناشطون', 'مسعف', 'مسعفون', 'اطباء', 'سكان', 'قاضي', 'زعيم', 'امير', 'ملك', 'جنرال', 'لواء', 'عميد', 'العقيد', 'عقيد',
]);
const AR_ORG_WORD = new Set([
  'وزاره', 'مكتب', 'منظمه', 'وكاله', 'امم', 'جيش', 'قوات', 'دفاع', 'مفوضيه', 'برنامج', 'صندوق', 'لجنه', 'مجلس', 'هييه', 'هيئه',
  'حكومه', 'سلطات', 'سلطه', 'هلال', 'صليب', 'مرصد', 'شرطه', 'شبكه', 'قياده', 'سلاح', 'اتحاد', 'جمعيه', 'مؤسسه', 'موسسه', 'اداره',
  'مديريه', 'دائره', 'رئاسه', 'بعثه', 'مستشفى', 'محكمه', 'بيان', 'تقرير', 'دراسه', 'اوتشا', 'يونيسف', 'اونروا', 'فاو', 'يونيفيل',
  'حركه', 'حزب', 'جبهه', 'تحالف', 'مركز', 'معهد', 'نقابه', 'اطباء', 'ورقه', 'وكالات', 'منظمات', 'جهاز', 'كتائب', 'جماعه',
]);

function arWords(s: string): string[] {
  return s
    .replace(/[\u064b-\u0652\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .split(/[\s"«»“”()،,:.]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/^(وال|بال|لل|ال)/, ''));
}

/** A word in `set`, itself or without a leading و ("ومصادر"). */
function inSet(set: ReadonlySet<string>, w: string): boolean {
  return set.has(w) || (w.startsWith('و') && set.has(w.slice(1)));
}

const EN_PERSON = /\b(spokes(man|woman|person)|minister|president|prime|chief|officials?|director|coordinator|commander|governor|mayor|secretary|envoy|ambassador|doctors?|witness(es)?|residents?|medics?|sources?|he|she|mr|mrs|ms|dr|general|colonel|head|representative|chairman|leader|deputy|adviser|advisor|correspondent|researcher|analyst|told)\b/i;
const EN_ORG = /\b(ministry|office|agency|un|united nations|army|military|forces|police|government|authorit(y|ies)|organi[sz]ation|committee|council|department|service|red cross|crescent|mission|fund|programme|program|group|coalition|command|force|it|they|observatory|network|institute|centre|center|hospital|directorate|union|movement|party|statement|report|data|figures|ocha|iom|unrwa|unicef|who|wfp|unhcr|unops|reuters|afp|ap|idf|media)\b/i;

export function claimantKindOf(claimant: string | null, lang: 'ar' | 'en'): ClaimantKind | null {
  if (!claimant) return null;
  if (lang === 'en') {
    if (EN_PERSON.test(claimant)) return 'person';
    if (EN_ORG.test(claimant) || /^[A-Z]{2,}/.test(claimant)) return 'organization';
    return 'person';
  }
  const words = arWords(claimant);
  if (words.length && inSet(AR_PERSON_HEAD, words[0])) return 'person';
  if (words.some((w) => inSet(AR_ORG_WORD, w))) return 'organization';
  // "الجانب الروسي"، "روسيا": a definite noun or a country is a body; a bare name is a person.
  return /^[وب]?ال/.test(claimant.trim()) || COUNTRIES.test(claimant) ? 'organization' : 'person';
}

const COUNTRIES = /(روسيا|اوكرانيا|أوكرانيا|إسرائيل|اسرائيل|إيران|ايران|تركيا|مصر|قطر|السعودية|الولايات المتحدة|واشنطن|موسكو|كييف|طهران|أنقرة)/;

/** Acronyms a report may name a body by, with the name they stand for when the text never spells it out. */
const AR_ACRONYMS: Record<string, string> = {
  اوتشا: 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية',
  يونيسف: 'منظمة الأمم المتحدة للطفولة',
  اليونيسف: 'منظمة الأمم المتحدة للطفولة',
  اونروا: 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين',
  الاونروا: 'وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين',
  يونيفيل: 'قوة الأمم المتحدة المؤقتة في لبنان',
  اليونيفيل: 'قوة الأمم المتحدة المؤقتة في لبنان',
  سنتكوم: 'القيادة المركزية الأمريكية',
};
const EN_ACRONYMS: Record<string, string> = {
  OCHA: 'UN Office for the Coordination of Humanitarian Affairs',
  IOM: 'International Organization for Migration',
  UNRWA: 'UN Relief and Works Agency for Palestine Refugees',
  UNICEF: "UN Children's Fund",
  UNHCR: 'UN Refugee Agency',
  WFP: 'World Food Programme',
  WHO: 'World Health Organization',
  UNOPS: 'UN Office for Project Services',
  IDF: 'Israel Defense Forces',
  MSF: 'Médecins Sans Frontières',
};

/** Heads a report names a body by again with the article alone: "المكتب" for "مكتب أوتشا". */
const AR_BACKREF = new Set([
  'مكتب', 'منظمه', 'وكاله', 'وزاره', 'مفوضيه', 'برنامج', 'صندوق', 'لجنه', 'مرصد', 'هييه', 'هيئه', 'جيش', 'بعثه', 'مجلس', 'شبكه',
  'قياده', 'مديريه', 'جمعيه', 'مؤسسه', 'موسسه', 'مركز', 'سلطات', 'حكومه', 'اتحاد',
]);
const AR_NAME_WORD = /^(ال|لل|ل(?=ا)|[وب]ال)/;

/** The words after a body's head that still belong to its name: "منظمة الهجرة الدولية"، "مكتب أوتشا". */
function arNameAt(text: string, at: number, head: string): string {
  const tail = text.slice(at, at + 200).split(/[\n،,.:؛;"”»(]/u)[0];
  const words = tail.split(/\s+/u).filter(Boolean);
  const out = [words[0]];
  for (let k = 1; k < words.length && out.length < 6; k++) {
    const w = words[k];
    const key = arWords(w)[0] ?? '';
    if (AR_NAME_WORD.test(w) || AR_ACRONYMS[key] !== undefined || AR_ACRONYMS[w] !== undefined || (out[out.length - 1] === 'الأمم' && w === 'المتحدة')) out.push(w);
    else break;
  }
  return out.length > 1 || head === '' ? out.join(' ') : '';
}

/**
 * Resolves back-references and acronyms in one report. Each head word or acronym is looked up
 * in the text once and its places kept, so a long text with many claims stays linear.
 */
export class Canonicals {
  private readonly places = new Map<string, { at: number; name: string }[]>();
  private readonly spelled = new Map<string, string | null>();

  constructor(
    private readonly text: string,
    private readonly lang: 'ar' | 'en',
  ) {}

  of(claimant: string | null, at: number): string | null {
    if (!claimant) return null;
    return this.lang === 'en' ? this.english(claimant, at) : this.arabic(claimant, at);
  }

  /** The name nearest before `at` (else the first after: a report may spell it out only later). */
  private nearest(key: string, at: number, find: () => { at: number; name: string }[]): string | null {
    let list = this.places.get(key);
    if (!list) {
      list = find();
      this.places.set(key, list);
    }
    let before: string | null = null;
    for (const p of list) {
      if (p.at < at) before = p.name;
      else return before ?? p.name;
    }
    return before;
  }

  /** The words just before "(ACR)" in the text: the name the report spells the acronym out as. */
  private spelledOut(acronym: string, pattern: RegExp, words: (before: string) => string | null): string | null {
    if (this.spelled.has(acronym)) return this.spelled.get(acronym)!;
    let name: string | null = null;
    for (const m of this.text.matchAll(pattern)) {
      name = words(this.text.slice(Math.max(0, m.index! - 120), m.index!));
      if (name) break;
    }
    this.spelled.set(acronym, name);
    return name;
  }

  private arabic(claimant: string, at: number): string | null {
    const words = claimant.trim().split(/\s+/u);
    const keys = arWords(claimant);
    // "أوتشا"، "مكتب أوتشا": the name the text gives it in full, else the one it stands for.
    const acronym = keys.find((k) => AR_ACRONYMS[k] !== undefined);
    if (acronym && keys.length <= 2) {
      const pattern = new RegExp(`\\(\\s*["«“]?\\s*(?:ال)?${acronym.replace(/^ال/, '').replace(/ا/g, '[اأإآ]')}`, 'gu');
      const spelled = this.spelledOut(acronym, pattern, (before) => {
        const name = before.split(/[\n،.()]/u).pop()!.trim();
        return name.split(/\s+/u).length >= 2 ? name : null;
      });
      return spelled ?? AR_ACRONYMS[acronym];
    }
    // "المكتب"، "المنظمة الأممية"، "الوكالة": the definite head and at most one adjective.
    if (!/^[وب]?ال/.test(words[0]) || words.length > 2 || !inSet(AR_BACKREF, keys[0])) return null;
    const head = words[0].replace(/^[وب]?ال/, '');
    return this.nearest(`ar:${head}`, at, () => {
      const re = new RegExp(`(^|[\\s"«“(])([وبل]?)(${head})(?=\\s)`, 'gu');
      const out: { at: number; name: string }[] = [];
      for (const m of this.text.matchAll(re)) {
        const name = arNameAt(this.text, m.index! + m[1].length + m[2].length, head);
        if (name) out.push({ at: m.index!, name });
      }
      return out;
    });
  }

  private english(claimant: string, at: number): string | null {
    const c = claimant.trim();
    const acr = /^(?:the\s+)?(?:UN\s+)?([A-Z][A-Za-z]{1,6})$/u.exec(c);
    if (acr && (acr[1].toUpperCase() === acr[1] || EN_ACRONYMS[acr[1].toUpperCase()])) {
      const key = acr[1].toUpperCase();
      const esc = acr[1].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const spelled = this.spelledOut(key, new RegExp(`\\(\\s*${esc}\\s*\\)|,\\s*${esc},`, 'giu'), (before) => {
        const m = /((?:[A-Z][\w'’.-]*|of|for|the|and|on)(?:\s+(?:[A-Z][\w'’.-]*|of|for|the|and|on))*)\s*$/u.exec(before);
        if (!m) return null;
        const name = m[1].replace(/^(?:(?:of|for|the|and|on)\s+)+/, '').replace(/^(?:The|UN's)\s+/, '');
        return /[A-Z]/.test(name) && name.split(/\s+/).length >= 2 ? name : null;
      });
      return spelled ?? EN_ACRONYMS[key] ?? null;
    }
    const back = EN_BACKREF.exec(c);
    if (!back) return null;
    const head = back[1].toLowerCase();
    return this.nearest(`en:${head}`, at, () => {
      const re = new RegExp(`((?:[A-Z][\\w'’.-]*\\s+){1,4}${head}(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+[A-Z][\\w'’.-]*)+)?)`, 'gu');
      const out: { at: number; name: string }[] = [];
      for (const m of this.text.matchAll(re)) {
        const name = m[1].trim();
        if (!/^(The|the|A|An)\s/.test(name)) out.push({ at: m.index!, name });
      }
      return out;
    });
  }
}

export function canonicalClaimant(text: string, claimant: string | null, at: number, lang: 'ar' | 'en'): string | null {
  return new Canonicals(text, lang).of(claimant, at);
}

const EN_BACKREF = /^(?:the\s+)?(?:(?:UN|U\.N\.|United Nations|world|international|aid|humanitarian|health|interior|defen[cs]e)\s+)?(agency|office|ministry|organi[sz]ation|body|mission|fund|programme|army|military|group|committee)$/i;

/**
 * The extractor's confidence in a claim: a named source and a known kind of count make it surer;
 * a bare count read from context, or an amount with no number, less sure. A ranking, not a probability.
 */
export function confidenceOf(claim: Pick<Claim, 'claimant' | 'countedKind' | 'value' | 'mentions' | 'rule'>): number {
  let c = 0.55;
  if (claim.claimant) c += 0.2;
  if (claim.countedKind !== 'other') c += 0.15;
  if (claim.value === null) c -= 0.15;
  if (claim.mentions.length > 1) c += 0.05;
  if (/weak/.test(claim.rule)) c -= 0.15;
  if (/follow|elided|carried|dual|one/.test(claim.rule)) c -= 0.05;
  return Math.round(Math.min(0.97, Math.max(0.05, c)) * 100) / 100;
}

/** Fills the fields that depend on the finished claim list. */
export function finishClaims(text: string, claims: Claim[], lang: 'ar' | 'en'): Claim[] {
  const canonicals = new Canonicals(text, lang);
  for (const c of claims) {
    c.countedKind = countedKindOf(c.countedLabel, c.category);
    c.claimantKind = claimantKindOf(c.claimant, lang);
    const canonical = canonicals.of(c.claimant, c.start);
    c.claimantCanonical = canonical && canonical !== c.claimant ? canonical : null;
    c.confidence = confidenceOf(c);
  }
  return claims;
}
