/**
 * What a number counts: the noun after it (خمسة انتهاكات، 400 من المدنيين), the noun before it
 * (عدد القتلى إلى 50، جثث 11 شخصا), a percentage, for a bare amount the event around it (نزوح
 * الآلاف), or the count before it in the sentence (بينهم 4 أطفال، و11 فوق بيلغورود، 569 منهم).
 */
import { aidMeasure, asCapacity, coversNeeds, fundedShare } from './aid-amounts';
import { carriedBy, CARRYING } from './carriers';
import { economicFigure } from './economy';
import { repeatedAttacks } from './repeated-attacks';
import { classifyBare, classifyNoun, withOrigin } from './categories';
import { Contexts } from './contexts';
import type { Counting, Previous } from './counting-result';
import type { Doc } from './document';
import { events, RETURNED, senseOfLabel, type EventSense } from './events';
import {
  continuesBreakdown,
  enumerates,
  isPartitive,
  isRangeEnd,
  PARTITIVES,
  rangeEnd,
  rangeStart,
  restates,
  wordBefore,
} from './follow-on';
import { CLOSERS, leadIn } from './lead-in';
import { eventNear, FOR_PEOPLE, FOR_THINGS, INCLUSIVE } from './nearby-event';
import { numberWords } from './number-words';
import { CountedBefore } from './noun-before';
import { dualNouns, isDefiniteSingular, measureWords, MONTHS, nouns, possessedNoun, type Noun } from './nouns';
import { isYear } from './not-claims';
import { elidedLink } from './ellipsis';
import { dated, endsBare } from './number-tail';
import { unknownNounCount } from './unknown-noun';
import type { NumberMatch } from './numbers';
import { qualifierBefore } from './qualifiers';

export { leadIn };
export type { Counting };


const PERCENT_WORDS = new Set(['المئه', 'المائه', 'بالمئه', 'بالمائه']);

/** "95 من المدافعين الأوكرانيين": a definite sound masculine plural after "من" names people. */
const PEOPLE: Noun = { label: 'people', kind: 'people', category: 'other', generic: true };
const HUMAN_PLURAL = /^(ال|لل)..+ين$/;


const THINGS_SHARE = new Set(['منها', 'منهما']);
/** "مقارنة بـ2%"، "مقابل 30%": set against the share before. */
const COMPARED = new Set(['مقارنه', 'بالمقارنه', 'مقابل', 'قياسا']);
/** أخرى، آخر: others of what was just counted. */
const OTHERS = new Set(['اخري', 'اخر', 'اخريات']);
/** "هناك 7 آلاف طفل": there are, among them. */
const THERE = new Set(['هناك', 'ثمه', 'يوجد', 'توجد']);
const DEMONSTRATIVES = new Set(['هذه', 'هؤلاء', 'هذا', 'تلك', 'اولئك']);
/** The hedge a quoted count may carry inside its quotation: "نحو"، "أكثر من"، "ما يزيد على". */
const HEDGE_WORDS = new Set(['نحو', 'حوالي', 'قرابه', 'زهاء', 'اكثر', 'اقل', 'من', 'ما', 'يزيد', 'يقارب', 'يقرب', 'علي', 'عن', 'لا', 'يقل']);
/** "82 ألف طن من المتفجرات": tonnes of munitions are not aid. */
const MUNITIONS = /^(ال)?(متفجرات|قنابل|ذخائر|ذخيره|صواريخ|مواد المتفجره)$/;
/** محملة، محملتين، المحملة: loaded (with). */
const LOADED = /^(ال)?محمل(ه|تين|تان|ات|ين|ون)?$/;
/** بالأسلحة، بالذخائر، بالمسلحين: a cargo of arms or fighters. */
const ARMS_CARGO = /^ب(ال)?(اسلحه|سلاح|ذخائر|ذخيره|متفجرات|صواريخ|مسلحين|مقاتلين|عناصر)$/;

/** "إضافة إلى"، "فضلا عن": one more count of the same kind. */
const ADDING = new Set(['اضافه الي', 'بالاضافه الي', 'فضلا عن', 'علاوه علي']);

/** "وثلاثة"، "ومدنيين": a word that is و + a number word or a counted noun. */
function numberPrefixed(word: string): boolean {
  const rest = word.slice(1);
  return numberWords.find(rest) !== null || nouns.find(rest) !== null || dualNouns.find(rest) !== null;
}

/** "موزعين على"، "موزعة على": spread over. */
const SPREAD = /^(موزع|موزعين|موزعون|موزعا|موزعه)$/;
function spreadOver(doc: Doc, from: number): boolean {
  const lead = leadIn(doc, from).phraseFrom;
  const on = (qualifierBefore(doc.tokens, lead)?.first ?? lead) - 1;
  return doc.tokens[on]?.text === 'علي' && SPREAD.test(doc.tokens[on - 1]?.text ?? '');
}

/** "72%": a share, which a plain number after it does not go on counting. */
function isShare(counting: Counting): boolean {
  return counting.counted.counted.startsWith('percent');
}

/** A noun that is there but counts nothing reported ("5 دول" alone): the number is no claim. */
const REFUSED = 'refused';

export class Counter {
  private readonly contexts: Contexts;
  private readonly before: CountedBefore;
  private previous: Previous | null = null;
  /** Counting a range's high end from its low end. */
  private inRange = false;
  /** The last claim that counted people. */
  private previousPeople: Previous | null = null;
  /** The last claim with something befalling those counted, or counting people of a category. */
  private previousEventful: Previous | null = null;

  constructor(private readonly doc: Doc) {
    this.contexts = new Contexts(doc);
    this.before = new CountedBefore(doc, this.contexts);
  }

  /** The claim just made (from token `first`), which a following count may lean on. */
  remember(first: number, counting: Counting): void {
    this.previous = { sent: this.doc.tokens[counting.last].sent, first, last: counting.last, counting };
    if (counting.people) this.previousPeople = this.previous;
    if (counting.sense || (counting.people && counting.counted.category !== 'other')) this.previousEventful = this.previous;
  }

  /** What the number m counts, or null when it counts nothing this extractor reports. */
  count(m: NumberMatch): Counting | null {
    const counting = this.countOf(m);
    if (!counting || economicFigure(this.doc, m, counting)) return null;
    return coversNeeds(this.doc, m) ? asCapacity(counting) : counting;
  }

  private countOf(m: NumberMatch): Counting | null {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k] : undefined);
    const next = at(m.last + 1);
    if (next && (measureWords.has(next.text) || MONTHS.has(next.text)) && !dated(this.doc, m.last + 1)) {
      // "4.600 طن من الطحين و220 ألف لتر من الوقود": a measure joined to aid counted before it is aid too.
      const p = this.parent(m.first);
      const aid = this.contexts.of(sent).aid || (p?.counted.category === 'aid' && this.joinedByAnd(m.first));
      return aidMeasure(this.doc, m, aid) ?? repeatedAttacks(this.doc, m);
    }
    const percentEnd =
      next?.text === '%' || PERCENT_WORDS.has(next?.text ?? '')
        ? m.last + 1
        : next?.text === 'في' && PERCENT_WORDS.has(at(m.last + 2)?.text ?? '')
          ? m.last + 2
          : -1;
    if (percentEnd >= 0) {
      if (fundedShare(this.doc, m)) return { counted: { counted: 'percent funded', category: 'aid' }, last: percentEnd };
      // "، أي نحو 70% من السكان،"، "72% منهم سودانيون": a share of the count before it shares its event.
      // "27% … مقارنة بأقل من 2% في مسح سابق": a share set against the one before counts the same.
      const against = COMPARED.has(wordBefore(this.doc, m.first)) && this.parent(m.first)?.counted.counted.startsWith('percent') === true;
      const share = restates(this.doc, m.first) || isPartitive(this.doc, percentEnd + 1, sent) || against;
      const parent = share ? this.parent(m.first) : null;
      if (against && parent) return { counted: parent.counted, last: percentEnd, sense: parent.sense };
      const event = parent?.sense ?? eventNear(this.doc, m.first, percentEnd);
      return { counted: classifyBare(event, true, this.contexts.of(sent).aid)!, last: percentEnd, sense: event };
    }
    const construct = this.before.construct(m);
    if (construct) return construct;
    const after = this.nounAfter(m);
    if (after === REFUSED) return null;
    const high = isRangeEnd(this.doc, m);
    // "ارتفع عدد الرياضيين الذين استشهدوا إلى 585 رياضياً": people with nothing befalling them take the toll's event.
    const tollFirst = after && after.people && !after.sense && !after.generic ? this.before.toll(m, after.last, this.figureBefore()) : null;
    // "قدّرت العدد بنحو 370 ألف سوري": "العدد" takes up the count before, whose category the people counted share.
    if (tollFirst?.sense || (tollFirst && after!.counted.category === 'other' && tollFirst.counted.category !== 'other')) return { counted: tollFirst.counted, last: after!.last, sense: tollFirst.sense, ...(high ? { qualifier: 'up to' as const } : {}) };
    if (after && !after.weak && !after.generic) return high ? { ...after, qualifier: 'up to' } : after;
    if (!after) {
      const bracketed = this.bracketedBreakdown(m);
      if (bracketed) return bracketed;
      const table = this.before.tableLine(m);
      if (table) return high ? { ...table, qualifier: 'up to' } : table;
      const leaning = this.leaning(m);
      if (leaning) return high ? { ...leaning, qualifier: 'up to' } : leaning;
      if (isYear(this.doc, m)) return null;
    }
    // "ارتفع عدد الوفيات الناجمة عن الجوع إلى 180 شخصا": the toll, not the nearest event, says what.
    const before = this.before.toll(m, after ? after.last : m.last, this.figureBefore());
    const counted = before ? { counted: before.counted, last: after ? after.last : before.last, sense: before.sense } : (after ?? this.elided(m));
    return counted && high ? { ...counted, qualifier: 'up to' } : counted;
  }

  /**
   * "الناجون من غينيا (41) وساحل العاج (27) ومالي (15)": a breakdown by name, each figure in
   * brackets after its name, counts the people the clause named before the list.
   */
  private bracketedBreakdown(m: NumberMatch): Counting | null {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const bracketed = (k: number) => tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')' && tokens[k].kind === 'n' && tokens[k - 2]?.kind === 'w' && tokens[k - 2].sent === sent;
    // "(41)": the reader takes the brackets into the number.
    if (m.last > m.first + 1 || !bracketed(m.first)) return null;
    // A list: another bracketed figure just before or after this one.
    const others = [m.first - 4, m.first - 5, m.first + 4, m.first + 5].filter((k) => tokens[k]?.sent === sent && bracketed(k));
    if (!others.length) return null;
    const p = this.previous;
    if (p && p.sent === sent && bracketed(p.first) && p.first < m.first && m.first - p.first <= 6) return { counted: p.counting.counted, last: m.first + 1, sense: p.counting.sense, people: p.counting.people };
    for (let k = m.first - 3, words = 0; k >= this.doc.sentStart[sent] && words < 12; k--) {
      const t = tokens[k];
      if (t.kind === 'p') {
        if (t.text === '(' || t.text === ')' || t.text === '،' || t.text === ',') continue;
        break;
      }
      if (t.kind !== 'w') continue;
      words++;
      const hit = nouns.find(t.text);
      if (!hit || !hit.definite || (hit.value.noun.kind !== 'people' && hit.value.noun.kind !== 'fixed')) continue;
      const counting = this.countNoun(hit.value.noun, k, k);
      return counting ? { ...counting, last: m.first + 1, weak: false, generic: false } : null;
    }
    return null;
  }

  /**
   * The count "العدد" or "الرقم" takes up: the claim just made, unless nothing befell those it
   * counted and a claim a little before it, in its paragraph or the one before, counted people
   * something befell ("نزح 40 ألف شخص من المدينة، التي يقدّر سكانها بـ90 ألف نسمة. وكان العدد 31 ألفاً").
   */
  private figureBefore(): Previous | null {
    const p = this.previous;
    const e = this.previousEventful;
    if (!p || p.counting.sense || p.counting.counted.category !== 'other' || !e || e === p) return p;
    const { paraOf } = this.doc;
    return paraOf[p.sent] - paraOf[e.sent] <= 1 ? e : p;
  }

  /** The number gives a figure again: "الحصيلة تشير إلى 56". */
  restatesFigure(m: NumberMatch): boolean {
    return this.before.namesFigure(m);
  }

  /** Counts a noun at token k, with its compound (طائرة مسيرة) and origin (عائلة من اللاجئين). */
  countNoun(noun: Noun, from: number, k: number): Counting | null {
    const { tokens } = this.doc;
    const sent = tokens[k].sent;
    let last = k;
    const follower = tokens[k + 1]?.sent === sent ? tokens[k + 1].text : '';
    // "طالبي اللجوء"، "سيارات الإسعاف"، "رجال الأمن": the compound also takes the article.
    // "طائرتين مسيرتين": a dual adjective agrees with a dual noun; its singular names the compound.
    const singular = /(تين|تان)$/.test(follower) ? `${follower.slice(0, -3)}ه` : '';
    // "21 طائرة أوكرانية مسيرة": an adjective of origin may stand between the noun and its compound.
    const past = noun.compounds && /(يه|ي)$/.test(follower) && tokens[k + 2]?.sent === sent ? noun.compounds[tokens[k + 2].text] : undefined;
    const compound =
      noun.compounds?.[follower] ??
      (follower.startsWith('ال') ? noun.compounds?.[follower.slice(2)] : undefined) ??
      (singular ? noun.compounds?.[singular] : undefined);
    if (compound) {
      noun = { ...noun, generic: false, ...compound };
      last = k + 1;
    } else if (past) {
      noun = { ...noun, generic: false, ...past };
      last = k + 2;
    } else if (noun.compoundOnly) {
      // "سلمت 201 ألف وحدة سكنية، وسيبلغ العدد 453 ألف وحدة": a second mention drops the adjective.
      const again = this.compoundBefore(noun, from);
      if (!again) return null;
      noun = { ...noun, generic: false, ...again };
    }
    if (noun.label === 'tonnes' && tokens[last + 1]?.text === 'من' && tokens[last + 2]?.sent === sent && MUNITIONS.test(tokens[last + 2].text)) {
      return { counted: { counted: 'tonnes of explosives', category: 'other' }, last: last + 2 };
    }
    // "شاحنتين محملتين بالأسلحة": vehicles loaded with arms or fighters are no aid convoy.
    if (noun.category === 'aid' && noun.kind === 'fixed' && LOADED.test(tokens[last + 1]?.text ?? '') && tokens[last + 2]?.sent === sent && ARMS_CARGO.test(tokens[last + 2].text)) {
      return { counted: { counted: `${noun.label} carrying arms`, category: 'other' }, last: last + 2 };
    }
    // "40 ألف عائلة من اللاجئين": refugee families, unless something befell them ("قتل 3 مدنيين نازحين").
    // "عودة 1200 عائلة نازحة": returnees, whatever they were before.
    const origin = this.originOf(noun, last);
    const originEvent = origin ? eventNear(this.doc, from, origin.last, FOR_PEOPLE) : null;
    if (origin && originEvent?.category !== 'casualties' && originEvent !== RETURNED) return origin;
    let event: EventSense | null = null;
    if (noun.kind === 'people' || noun.kind === 'object') {
      const parent = this.parent(from);
      const accept = noun.kind === 'people' ? FOR_PEOPLE : FOR_THINGS;
      // "أجلت 45 جريحا و12 مريضا": a count joined by "و" takes the verb of the one before, not its noun.
      const p = this.previous;
      const coordinate = !this.inRange && p && p.sent === sent && p.last < from && this.joinedByAnd(from) ? eventNear(this.doc, p.first, last, accept) : null;
      // "20 ألف شخص، موزعين على 5400 عائلة": the same people, grouped; "3200 سلة موزعة على 5400
      // عائلة": those the aid reached. Either way the event is that of the count before.
      event = parent?.sense && spreadOver(this.doc, from) ? parent.sense : (coordinate ?? eventNear(this.doc, from, last, accept));
      // "137 شهيدا بينهم 26 طفلا", "مليونا شخص منهم": those counted share the event of the count before.
      const joined = !event && this.joinedByAnd(from);
      // "نحو 70% من السكان نزحوا، أي قرابة 1.5 مليون شخص": a restatement shares the event too.
      const share = enumerates(this.doc, from, true) || isPartitive(this.doc, last + 1, sent) || restates(this.doc, from) || this.amongThose(from);
      if (noun.kind === 'people' && parent?.sense && (share || joined)) {
        event = parent.sense;
      } else if (noun.kind === 'people' && !event && share && parent?.people && parent.counted.category !== 'other' && parent.counted.category !== 'aid') {
        // "3922 قادماً، بينهم 2140 سودانياً": some of those counted, whom no verb describes, share their category.
        return { counted: { counted: `${noun.label} among ${parent.counted.counted}`, category: parent.counted.category }, last, sense: null, people: true };
      } else if (noun.kind === 'people' && !event && parent?.counted.category === 'casualties' && (enumerates(this.doc, from) || this.amongThose(from))) {
        // "12 جثة، بينها امرأتان"، "وبين الـ12 جثة، امرأتان": people among bodies or a toll are part of it.
        return { counted: { counted: `${noun.label} among ${parent.counted.counted}`, category: 'casualties' }, last, sense: null, people: true };
      } else if (noun.kind === 'object' && joined && parent?.sense && FOR_THINGS(parent.sense)) {
        // "دعمت 47 مركزا لعلاج الإسهال و168 نقطة لإعادة الإماهة": things joined to things share their use.
        event = parent.sense;
      } else if (noun.generic && !event && parent && isPartitive(this.doc, last + 1, sent)) {
        return { counted: parent.counted, last, sense: parent.sense };
      } else if (noun.kind === 'object' && !event && parent?.counted.category === 'displacement' && carriedBy(this.doc, from)) {
        event = CARRYING;
      }
    }
    if (noun.needsEvent && !event) return null;
    const ctx = this.contexts.of(sent);
    // "120 مليون دولار يحتاجه لعملياته"، "تلقى 5 ملايين دولار": money needed or received is aid money.
    const aidMoney = noun.kind === 'money' && !ctx.aid && eventNear(this.doc, from, last)?.category === 'aid';
    const counted = classifyNoun(noun, event, aidMoney ? { ...ctx, aid: true } : ctx);
    const sense = event ?? (noun.kind === 'fixed' ? senseOfLabel(noun.label) : null);
    const people = noun.kind === 'people' || (noun.kind === 'fixed' && (noun.category === 'casualties' || noun.category === 'displacement'));
    return { counted, last, weak: noun.generic && !event, sense, generic: noun.generic, people };
  }

  /** The compound of `noun` the claim before, in the paragraph, counted: "وحدة" after "وحدة سكنية". */
  private compoundBefore(noun: Noun, from: number): Partial<Noun> | null {
    const p = this.previous;
    if (!p || !noun.compounds || this.doc.paraOf[p.sent] !== this.doc.paraOf[this.doc.tokens[from].sent]) return null;
    return Object.values(noun.compounds).find((c) => c.label === p.counting.counted.counted) ?? null;
  }

  /** "من بين 24 ألف قتيل …، هناك 7 آلاف طفل": those counted are among the count before. */
  private amongThose(from: number): boolean {
    const p = this.previous;
    if (!p || p.sent !== this.doc.tokens[from].sent) return false;
    const among = wordBefore(this.doc, p.first);
    if (among !== 'بين' && among !== 'وبين') return false;
    if (THERE.has(wordBefore(this.doc, from))) return true;
    // "وبين الـ12 جثة، امرأتان": the part straight after the comma that closes the whole.
    const prev = this.doc.tokens[leadIn(this.doc, from).phraseFrom - 1];
    return among === 'وبين' && p.last + 2 === from && (prev?.text === '،' || prev?.text === ',');
  }

  /** "مقتل 5 جنود و3 مدنيين"، "إضافة إلى 354 عنصرا": the count at `from` is added to the one before. */
  private joinedByAnd(from: number): boolean {
    const { tokens } = this.doc;
    const t = tokens[from];
    const lead = leadIn(this.doc, from).phraseFrom;
    if (lead < from && tokens[lead].text === 'و') return true;
    const prev = tokens[lead - 1];
    if (prev?.sent !== t.sent) return false;
    if (prev.text === 'و' || (t.kind === 'w' && t.text.startsWith('و') && numberPrefixed(t.text))) return true;
    // "، والنساء 10 آلاف امرأة"، "ومن النساء 900 امرأة": who is counted, named again after و.
    const topic = prev.kind === 'w' ? nouns.find(prev.text) : null;
    if (topic?.definite && topic.value.noun.kind === 'people' && (topic.prefix === 'وال' || tokens[lead - 2]?.text === 'ومن')) return true;
    return ADDING.has(`${tokens[lead - 2]?.text ?? ''} ${prev.text}`);
  }

  /** "أحد الأطباء" or "أحدهم" at token i: one, when an event says what befell them. */
  countOneOf(i: number, noun: Noun | null, last: number): Counting | null {
    const event = eventNear(this.doc, i, last, FOR_PEOPLE);
    if (!event) return null;
    if (!noun) return { counted: classifyBare(event, false)!, last, sense: event };
    const counting = this.countNoun(noun, i, last);
    return counting && { ...counting, last: Math.max(counting.last, last), weak: false, sense: event };
  }

  /** The claim before, in this sentence, that a count at token `from` may lean on. */
  private parent(from: number): Counting | null {
    const p = this.previous;
    return p && p.sent === this.doc.tokens[from].sent && p.last < from ? p.counting : null;
  }

  /**
   * "40 ألف عائلة من اللاجئين" (a closing quotation mark may sit before من), "350 أسرة عائدة":
   * families of refugees, returnee families.
   */
  private originOf(noun: Noun, last: number): Counting | null {
    if (noun.kind !== 'people') return null;
    const { tokens } = this.doc;
    const sent = tokens[last].sent;
    const of = tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) ? last + 2 : last + 1;
    if (tokens[of]?.sent !== sent) return null;
    const fromWord = tokens[of].text === 'من' && tokens[of + 1]?.sent === sent ? tokens[of + 1].text : null;
    const word = fromWord ?? tokens[of].text;
    const hit = nouns.find(word) ?? (fromWord ? null : nouns.find(word.replace(/ه$/, '')));
    const origin = hit?.value.noun;
    if (!origin || origin.category !== 'displacement' || origin.kind !== 'fixed') return null;
    // An adjective agrees: "أسرة عائدة", not "أسرة العائدين".
    if (!fromWord && (hit.definite || hit.prefix !== '')) return null;
    const end = fromWord ? (of === last + 1 ? of + 1 : last) : of;
    return { counted: withOrigin(noun, origin), last: end };
  }

  /** The counted noun right after the number, after "من" (400 من المدنيين), or an event alone. */
  private nounAfter(m: NumberMatch): Counting | null | typeof REFUSED {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    // "قتل 43 "إرهابياً"": the noun may stand in quotation marks, as a claim the outlet keeps at a distance.
    // "قتل "أكثر من 100" من عناصر الجيش": the quotation closes after the number, the noun follows it.
    // "أجلت "أكثر من 5 آلاف" شخص": or the noun itself, indefinite.
    const follower = tokens[m.last + 2]?.sent === sent ? tokens[m.last + 2].text : '';
    const closing = tokens[m.last + 1]?.sent === sent && CLOSERS.has(tokens[m.last + 1].text) && this.doc.closeOf[m.last + 1] < 0 && (follower === 'من' || nouns.find(follower)?.prefix === '');
    const after = (this.doc.closeOf[m.last + 1] > m.last + 2 && tokens[m.last + 1].sent === sent) || closing ? m.last + 2 : m.last + 1;
    let k = after;
    if (tokens[k]?.sent === sent && tokens[k].text === 'من') {
      k++;
      // "71 من هذه الهجمات": a demonstrative before the noun.
      if (DEMONSTRATIVES.has(tokens[k]?.text ?? '') && tokens[k + 1]?.sent === sent) k++;
    }
    // "221 في عداد المفقودين": among the missing.
    else if (tokens[k]?.text === 'في' && tokens[k + 1]?.text === 'عداد' && tokens[k + 2]?.sent === sent) k += 2;
    // "أكثر من 27 بين قتيل وجريح": a toll split between the dead and the wounded.
    else if (tokens[k]?.text === 'بين' && tokens[k + 1]?.sent === sent && nouns.find(tokens[k + 1].text)?.prefix === '') k++;
    const t = tokens[k];
    const word = t && t.sent === sent && t.kind === 'w' ? t.text : '';
    const hit = word ? nouns.find(word) : null;
    // Right after a number the noun is indefinite (خمسة انتهاكات); "من" and vague amounts take
    // the article (400 من المدنيين، عشرات القتلى).
    const fits = hit && (hit.prefix === '' || (hit.prefix === 'ال' && (k > after || m.value === null) && !isDefiniteSingular(word)));
    let noun = fits ? hit.value.noun : null;
    // After "من": "13 من موظفيها"، "95 من المدافعين".
    if (!noun && k > after && word) noun = possessedNoun(word) ?? (HUMAN_PLURAL.test(word) && !hit ? PEOPLE : null);
    if (noun) {
      const counting = this.countNoun(noun, m.first, k);
      if (!counting) return REFUSED;
      // The closing mark of a quoted noun belongs to the quote.
      return after > m.last + 1 && counting.last === k && this.doc.closeOf[m.last + 1] === k + 1 ? { ...counting, last: k + 1 } : counting;
    }
    const unknown = unknownNounCount(this.doc, m, this.joinedByAnd(m.first) ? (this.parent(m.first)?.sense ?? null) : null);
    if (unknown) return { counted: unknown.counted, last: m.last + 1, sense: unknown.sense, people: !unknown.sense.toThings };
    if (m.value !== null && !this.countsPeople(m)) return null;
    // "أسقط 25 منها": a share of things counts what they are, not the event.
    if (THINGS_SHARE.has(tokens[after]?.text ?? '') && tokens[after].sent === sent) return null;
    const counted = classifyBare(eventNear(this.doc, m.first, m.last, FOR_PEOPLE), false);
    return counted ? { counted, last: m.last, people: true } : null;
  }

  /**
   * A number with no noun of its own that counts what the count before it counts: the low end
   * of a range, a share, an enumeration, a breakdown.
   */
  private leaning(m: NumberMatch): Counting | null {
    const high = rangeEnd(this.doc, m);
    if (high) {
      // The high end's "و" joins it to its low end, not to the claim before the range.
      this.inRange = true;
      const end = this.count(high);
      this.inRange = false;
      const value = rangeStart(this.doc, m, high);
      return end ? { counted: end.counted, last: m.last, sense: end.sense, qualifier: 'at least', value } : null;
    }
    const p = this.previous;
    if (!p || p.sent !== this.doc.tokens[m.first].sent || p.counting.counted === undefined || isShare(p.counting)) return null;
    const sent = p.sent;
    const shares = isPartitive(this.doc, m.last + 1, sent) || enumerates(this.doc, m.first);
    if (shares && !this.bareEvent(m)) return { counted: p.counting.counted, last: m.last, sense: p.counting.sense };
    if (continuesBreakdown(this.doc, m, p)) return { counted: p.counting.counted, last: m.last, sense: p.counting.sense };
    // "71 من هذه الهجمات أسفرت عن إصابات، فيما ألحقت 193 أخرى أضراراً": others of the same.
    const next = this.doc.tokens[m.last + 1];
    if (next?.sent === sent && OTHERS.has(next.text)) return { counted: p.counting.counted, last: m.last + 1, sense: p.counting.sense };
    return null;
  }

  /**
   * A number whose noun was left out, counting more of what a count before it in the sentence
   * counted; an event of its own says what befell them ("فيما لا يزال نحو 180 ألفا في مراكز الإيواء").
   */
  private elided(m: NumberMatch): Counting | null {
    if (m.value === null) return null;
    const sent = this.doc.tokens[m.first].sent;
    const p = this.previous;
    const link = p && p.sent === sent ? elidedLink(this.doc, m, p.last) : null;
    if (p && link === 'total') return { ...p.counting, last: m.last, qualifier: undefined, value: undefined, restates: true };
    if (!endsBare(this.doc, m.first, m.last)) return null;
    if (p && (link === 'share' || link === 'compared') && !isShare(p.counting)) return { ...p.counting, last: m.last, qualifier: undefined, value: undefined };
    const people = this.previousPeople;
    if (!people || people.sent !== sent || elidedLink(this.doc, m, people.last) !== 'clause') return null;
    const event = eventNear(this.doc, m.first, m.last, FOR_PEOPLE);
    const own = event && event !== people.counting.sense ? classifyBare(event, false) : null;
    return { counted: own ?? people.counting.counted, last: m.last, sense: event ?? people.counting.sense, people: true };
  }

  /** A bare count with an event of its own: "569 منهم لقوا حتفهم" counts the dead, not the passengers. */
  private bareEvent(m: NumberMatch): boolean {
    return classifyBare(eventNear(this.doc, m.first, m.last, FOR_PEOPLE), false) !== null && this.countsPeople(m);
  }

  /**
   * A number with no noun still counts people when the clause says what befell them:
   * "3.1 مليون فروا", "نزح أكثر من مليون", "…، بينهم 11 مليون داخل السودان", "569 منهم لقوا حتفهم".
   */
  private countsPeople(m: NumberMatch): boolean {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    // ""أكثر من 800 ألف" غادروا": the quotation may close between the number and the verb.
    // Only a quotation of the number and its hedge ("نحو"، "أكثر من"), not a name ("سي ووتش 5" أنقذت).
    let open = m.first - 1;
    while (open >= m.first - 4 && open >= 0 && tokens[open].kind === 'w' && HEDGE_WORDS.has(tokens[open].text)) open--;
    const quoteEnds =
      tokens[m.last + 1]?.sent === sent && CLOSERS.has(tokens[m.last + 1].text) && this.doc.closeOf[m.last + 1] < 0 && this.doc.closeOf[open] === m.last + 1;
    const next = tokens[quoteEnds ? m.last + 2 : m.last + 1];
    if (next?.sent === sent && next.kind === 'w' && (events.has(next.text) || PARTITIVES.has(next.text))) return true;
    const before = wordBefore(this.doc, m.first);
    if (INCLUSIVE.has(before)) return true;
    if (!endsBare(this.doc, m.first, m.last)) return false;
    const ev = events.find(before);
    return ev !== null && !ev.definite;
  }

}
