/**
 * Numeric claims in an English news report (wire copy, UN releases), in the same shape as the
 * Arabic extractor's: a number, what it counts (the article's words and a counted kind), its
 * qualifier, its category and who says so, restatements merged into one claim's mentions.
 */
import { finishClaims } from '../claim-details';
import type { Category, Claim } from '../types';
import { EnAttributions } from './attribution';
import { numberAt, qualifierBefore, type EnNumber } from './numbers';
import { buildEnDoc, type EnDoc, type EnToken } from './tokens';
import { AID_WORDS, CAPTIVITY_WORDS, CEASEFIRE_WORDS, DISEASE_WORDS, DISPLACEMENT_WORDS, MEASURES, MILITARY_WORDS, PARTICIPATION_WORDS, demonymOf, eventOf, nounOf, type EnEvent, type EnNoun } from './vocabulary';

const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
const AUX = new Set(['either', 'remain', 'remained', 'were', 'was', 'have', 'has', 'had', 'been', 'are', 'is', 'be', 'being', 'currently', 'internally', 'reportedly', 'also', 'now', 'so', 'far', 'all', 'later', 'since', 'of', 'them', 'whom', 'who', 'being']);
/** Words a counted noun phrase does not run past. */
const PHRASE_STOP = new Set([
  'in', 'on', 'at', 'from', 'to', 'by', 'since', 'during', 'across', 'and', 'or', 'with', 'after', 'before', 'including', 'among',
  'that', 'for', 'into', 'under', 'over', 'per', 'a', 'an', 'the', 'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'as',
  'than', 'day', 'each', 'every', 'while', 'but', 'when', 'where', 'which', 'who', 'last', 'next',
  // "its previous death toll of 37 earlier in the day": a time adverb ends the phrase, it names nothing counted.
  'earlier', 'yesterday', 'today', 'tonight', 'overnight', 'previously',
]);
/** "119 were completely destroyed", "20 partially": how badly, no noun. */
const ADVERBS = new Set(['completely', 'partially', 'partly', 'fully', 'totally', 'badly', 'severely', 'seriously', 'critically', 'slightly', 'female', 'male', 'elderly']);
const ONE_AS_PRONOUN = new Set(['another', 'the', 'any', 'each', 'every', 'as', 'same', 'only']);
/** "Two survivors told reporters": people counted as the subject of a verb of speech are its speakers. */
const SPEECH = new Set(['said', 'say', 'says', 'told', 'tell', 'added', 'stated', 'explained', 'recounted', 'described']);
/** "The survivors are 44 men, 22 women and nine children": a breakdown of the subject before the copula. */
const COPULA = new Set(['are', 'were', 'is', 'was', 'include', 'includes', 'included']);
const TOLL = new Set(['toll', 'tally', 'death', 'deaths', 'dead']);
/** Verbs a toll reaches its figure by: "rose to", "stands at", "could reach 20,000". */
const TOLL_VERBS = new Set(['to', 'at', 'reached', 'reach', 'reaches', 'exceed', 'exceeds', 'exceeded', 'top', 'topped', 'surpassed', 'passed']);
/** Between a count and what befell it: "10,100 reported as still missing", "20,000 are believed dead". */
const HEDGES = new Set(['shot', 'forced', 'to', 'completely', 'partially', 'partly', 'fully', 'totally', 'badly', 'severely', 'seriously', 'critically', 'slightly', 'reported', 'believed', 'feared', 'confirmed', 'thought', 'presumed', 'estimated', 'listed', 'as', 'still', 'likely', 'probably']);
/** "5 more died", "another 3 others": words that add to a count and say nothing of what it counts. */
const MORE = new Set(['more', 'additional', 'further', 'new', 'others', 'other']);
const AGE = new Set(['aged', 'age', 'ages', 'old']);

interface Candidate {
  claim: Claim;
  headline: boolean;
  /** Stands in a quotation, where a source gives again a figure the report gave. */
  quoted: boolean;
  sent?: number;
  /** In the first sentences under the title (a standfirst, a lede), which the body restates. */
  top?: boolean;
  /** "In addition to the nine deaths": a definite count takes up one given before. */
  definite?: boolean;
}

/** "including two during the period", "101 killed in 2021; 136 in 2022", "1,000 a day": a count left elliptical. */
const PART_OF = new Set(['including', 'among']);
const ELLIPSIS_BEFORE = new Set([';', ',', 'and', 'while', 'with', 'against']);
const ELLIPSIS_AFTER = new Set(['in', 'during', 'on', 'at', 'from', 'since', 'last', 'this', ',', ';', '.', ')', 'completely', 'partially', 'partly', 'fully', 'totally']);
const RATE = new Set(['a', 'per', 'each', 'every']);
const RATE_UNIT = /^(day|week|month|night|hour)$/;
/** "who now total more than 95,000": a verb of amounting to, whose subject says what is counted. */
/** Words that open another clause, whose verb is not that of the people listed before them. */
const CLAUSE_BREAK = new Set(['that', 'which', 'who', 'whom', 'said', 'says', 'told', 'but', 'while', 'after', 'before', 'because', 'when', 'where', 'although']);
const TOTAL_VERBS = new Set(['total', 'totals', 'totalled', 'totaled', 'totalling', 'totaling', 'numbering', 'numbered', 'number']);

class EnglishExtractor {
  private readonly attributions: EnAttributions;
  private readonly sentAid = new Map<number, boolean>();
  private readonly sentCeasefire = new Map<number, boolean>();
  private readonly sentParticipation = new Map<number, boolean>();
  private readonly sentDisplacement = new Map<number, boolean>();
  private readonly sentDisease = new Set<number>();
  private readonly sentMilitary = new Map<number, boolean>();
  private readonly sentCaptivity = new Set<number>();

  constructor(private readonly doc: EnDoc) {
    this.attributions = new EnAttributions(doc);
  }

  run(): Claim[] {
    const { tokens } = this.doc;
    const found: Candidate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const m = numberAt(tokens, i);
      if (!m) continue;
      const sent = tokens[i].sent;
      // Other articles' headlines under "Keep reading" are not this report's claims.
      if (this.doc.related[sent]) {
        i = m.last;
        continue;
      }
      const last = found.at(-1);
      const c = this.claimAt(m, last && last.sent === sent ? last.claim : null);
      const definite = tokens[m.first - 1]?.lower === 'the' && tokens[m.first - 1].sent === sent;
      if (c) this.attributions.noteClaim(sent);
      if (c) found.push({ claim: c, headline: this.doc.headline[sent] === 1, quoted: this.doc.quoted[sent] === 1, sent, top: sent <= 2 && c.start < 400, definite });
      i = m.last;
    }
    return merge(found);
  }

  private contextOf(sent: number): { aid: boolean; ceasefire: boolean; participation: boolean; displacement: boolean } {
    let aid = this.sentAid.get(sent);
    if (aid === undefined) {
      aid = false;
      let ceasefire = false;
      let participation = false;
      let displacement = false;
      for (let k = this.doc.sentStart[sent]; k < this.doc.sentEnd[sent]; k++) {
        const w = this.doc.tokens[k].lower;
        if (AID_WORDS.has(w)) aid = true;
        if (CEASEFIRE_WORDS.has(w)) ceasefire = true;
        if (PARTICIPATION_WORDS.has(w)) participation = true;
        if (DISPLACEMENT_WORDS.has(w)) displacement = true;
        if (DISEASE_WORDS.has(w)) this.sentDisease.add(sent);
        if (CAPTIVITY_WORDS.has(w)) this.sentCaptivity.add(sent);
        // "famine-like": the first part of a hyphenated word counts too.
        if (MILITARY_WORDS.has(w) || MILITARY_WORDS.has(w.split('-')[0])) this.sentMilitary.set(sent, true);
      }
      this.sentAid.set(sent, aid);
      this.sentCeasefire.set(sent, ceasefire);
      this.sentParticipation.set(sent, participation);
      this.sentDisplacement.set(sent, displacement);
    }
    return { aid, ceasefire: this.sentCeasefire.get(sent)!, participation: this.sentParticipation.get(sent)!, displacement: this.sentDisplacement.get(sent)! };
  }

  /** A year, a date, a clock time, an age, a measure, a page's furniture: no count. */
  private notACount(m: EnNumber): boolean {
    const { tokens } = this.doc;
    const t = tokens[m.first];
    const before = tokens[m.first - 1];
    const after = tokens[m.last + 1];
    const sent = t.sent;
    const near = (x: EnToken | undefined) => x !== undefined && x.sent === sent;
    if (near(before) && MONTHS.has(before!.lower)) return true;
    if (near(before) && before!.text === '.' && MONTHS.has(tokens[m.first - 2]?.lower ?? '')) return true;
    if (near(after) && MONTHS.has(after!.lower)) return true;
    if (near(after) && (after!.text === ':' || after!.text === '/') && tokens[m.last + 2]?.kind === 'n') return true;
    if (near(before) && (before!.text === '/' || before!.text === ':') && tokens[m.first - 2]?.kind === 'n') return true;
    if (near(after) && after!.text === '-' && tokens[m.last + 2]?.kind === 'n') return true;
    if (near(before) && before!.text === '-' && tokens[m.first - 2]?.kind === 'n') return true;
    if (near(after) && after!.kind === 'w' && MEASURES.has(after!.lower) && !m.percent) return true;
    if (near(after) && /^year|^month|^day|^week/.test(after!.lower)) return true;
    if (near(after) && after!.text === '-' && /^(year|month|day|week|hour|minute)/.test(tokens[m.last + 2]?.lower ?? '')) return true;
    if (near(before) && (AGE.has(before!.lower) || (before!.lower === 'of' && tokens[m.first - 2]?.lower === 'age'))) return true;
    // "two men aged 29 and 41": the second age.
    if (near(before) && (before!.lower === 'and' || before!.text === ',') && tokens[m.first - 2]?.kind === 'n' && AGE.has(tokens[m.first - 3]?.lower ?? '')) return true;
    if (near(before) && (before!.lower === 'no' || before!.lower === 'resolution' || before!.text === '#')) return true;
    // "for another one", "the same as one earlier reported missing": "one" standing for a thing named before.
    if (t.lower === 'one' && m.last === m.first && near(before) && ONE_AS_PRONOUN.has(before!.lower)) return true;
    // "one of the bloodiest attacks", "one of the worst": a rank, not a count.
    if (t.lower === 'one' && m.last === m.first && near(after) && after!.lower === 'of' && tokens[m.last + 2]?.lower === 'the' && /(est|worst|most|best)$/.test(tokens[m.last + 3]?.lower ?? '')) return true;
    // "one of the people waiting, Than Zaw, told dpa": "one of" set before a name picks out a person, it counts nothing.
    if (t.lower === 'one' && m.last === m.first && near(after) && after!.lower === 'of' && /^(the|those)$/.test(tokens[m.last + 2]?.lower ?? '')) {
      for (let j = m.last + 3; j <= m.last + 6 && tokens[j]?.sent === sent; j++) {
        if (tokens[j].text === ',') {
          if (/^[A-Z]/.test(tokens[j + 1]?.text ?? '') && tokens[j + 1].kind === 'w' && /^[A-Z]/.test(tokens[j + 2]?.text ?? '')) return true;
          break;
        }
      }
    }
    if (!m.inWords && !m.money && !m.percent && m.value >= 1900 && m.value <= 2100 && !t.text.includes(',')) {
      const noun = after && near(after) ? nounOf(after.lower) : null;
      if (!noun || noun.kind === 'money') return true;
    }
    // "four out of five people", "one in three": a ratio in words, not a count.
    if (m.inWords && m.value <= 10 && near(before) && (before!.lower === 'of' || before!.lower === 'in')) {
      const k = before!.lower === 'of' && tokens[m.first - 2]?.lower === 'out' ? m.first - 3 : m.first - 2;
      const n = tokens[k] ? numberAt(tokens, k) : null;
      if (n && n.inWords && n.last === k) return true;
    }
    return false;
  }

  private claimAt(m: EnNumber, prev: Claim | null): Claim | null {
    if (this.notACount(m)) return null;
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const ctx = this.contextOf(sent);
    // The noun phrase after the number: adjectives, then a noun the vocabulary knows.
    let noun: EnNoun | null = null;
    let nounAt = -1;
    let k = m.last + 1;
    // "between 60,000 and 90,000 people": the low end counts what the high end counts.
    let rangeLow = false;
    // "800 to 1,000 people per day": so does the low end of a range written with "to".
    const toRange = tokens[k]?.lower === 'to' && tokens[k].sent === sent && tokens[k + 1]?.kind === 'n' && !m.money && !m.percent;
    // "the displacement of 54,534 and 2,626 people": two figures sharing the noun after the second.
    const joined = tokens[k]?.lower === 'and' && tokens[k].sent === sent && tokens[k + 1]?.kind === 'n' && !m.money && !m.percent;
    if ((tokens[k]?.lower === 'and' && tokens[k].sent === sent && tokens[m.first - 1]?.lower === 'between') || toRange || joined) {
      const high = tokens[k + 1] ? numberAt(tokens, k + 1) : null;
      if (high) {
        k = high.last + 1;
        rangeLow = true;
      }
    }
    let skipped = 0;
    let unknownNoun = false;
    /** A participle before the noun ("85 wounded people"): what befell them unless a verb after says otherwise. */
    let adjective: EnEvent | null = null;
    // "five out of the group's six commanders": a part out of a whole, as "of".
    if (tokens[k]?.lower === 'out' && tokens[k + 1]?.lower === 'of' && /^(the|its|their)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k].sent === sent) k++;
    // "37 of the 52 drones", "four of the injured": the noun of the whole counts the part.
    if (tokens[k]?.lower === 'of' && tokens[k].sent === sent) {
      let j = k + 1;
      // "of the group's six": past a possessive.
      if (tokens[j]?.lower === 'the' && /['’]s$/.test(tokens[j + 1]?.text ?? '')) j += 2;
      else if (tokens[j]?.lower === 'the' || tokens[j]?.lower === 'them' || tokens[j]?.lower === 'those') j++;
      const whole = tokens[j] && tokens[j].sent === sent ? numberAt(tokens, j) : null;
      if (whole) j = whole.last + 1;
      for (let n = 0; n < 3 && tokens[j + n]?.sent === sent && tokens[j + n].kind === 'w'; n++) {
        const w = tokens[j + n].lower;
        const hit = nounOf(w) ?? (eventOf(w) && !eventOf(w)!.things ? { kind: 'people' as const, label: 'people', category: 'other' as const } : null);
        // "two of the injured were in critical condition": the part is of those the word names as harmed.
        if (hit && !nounOf(w) && eventOf(w)!.category !== 'other') adjective = eventOf(w);
        if (hit) {
          noun = hit;
          nounAt = j + n;
          break;
        }
      }
      k = tokens.length;
    }
    // ""around thirty" VDP were killed": a quotation closing on the number; "12 [now 14] soldiers": an editor's insert.
    if (/^["”’]$/.test(tokens[k]?.text ?? '') && tokens[k].sent === sent) k++;
    if (tokens[k]?.text === '[' && tokens[k].sent === sent) {
      let close = k + 1;
      while (close < tokens.length && close <= k + 8 && tokens[close].text !== ']') close++;
      if (tokens[close]?.text === ']') k = close + 1;
    }
    const nounFrom = k;
    for (; k < tokens.length && tokens[k].sent === sent && k <= nounFrom + 5; k++) {
      const t = tokens[k];
      if (t.kind !== 'w') break;
      // "200 Russian and Ukrainian soldiers": "and" between two capitalised adjectives is inside the phrase.
      if (t.lower === 'and' && k > nounFrom && /^[A-Z]/.test(tokens[k - 1].text) && /^[A-Z][a-z]/.test(tokens[k + 1]?.text ?? '') && tokens[k + 1].sent === sent && !nounOf(tokens[k - 1].lower)) continue;
      if (PHRASE_STOP.has(t.lower) || AUX.has(t.lower)) break;
      const n = nounOf(t.lower) ?? demonymOf(t.text);
      if (n) {
        noun = n;
        nounAt = k;
        // "aid trucks carrying": a second noun right after may be the head ("civilian movements").
        const next = tokens[k + 1];
        const n2 = next && next.sent === sent && next.kind === 'w' ? nounOf(next.lower) : null;
        if (n2 && n2.kind !== 'people') {
          noun = n2;
          nounAt = k + 1;
        }
        break;
      }
      if (eventOf(t.lower)) {
        // "Three abducted Nigerian students have been shot dead": a participle before its noun describes it.
        const n1 = tokens[k + 1];
        const n2 = tokens[k + 2];
        const describes =
          (n1?.sent === sent && nounOf(n1.lower)?.kind === 'people') ||
          (n1?.sent === sent && /^[A-Z]/.test(n1.text) && n2?.sent === sent && nounOf(n2.lower)?.kind === 'people');
        if (!describes) break;
        adjective = eventOf(t.lower);
        continue;
      }
      if (MEASURES.has(t.lower)) return null;
      if (MORE.has(t.lower) || ADVERBS.has(t.lower)) continue;
      // "83,000 flood-affected women": the second part of a compound says what befell them.
      const dash = t.lower.lastIndexOf('-');
      if (dash > 0 && eventOf(t.lower.slice(dash + 1)) && !eventOf(t.lower.slice(dash + 1))!.things) {
        adjective = eventOf(t.lower.slice(dash + 1));
        continue;
      }
      skipped++;
      if (skipped > 3) {
        unknownNoun = true;
        break;
      }
    }
    if (!noun && skipped > 0) unknownNoun = true;
    // "while 130 were military personnel", "more than 280 were Indigenous people": the noun after
    // the copula says who the count is, what befell them the sentence says.
    let copulaNoun = false;
    if (!noun && !unknownNoun && !m.money && !m.percent && /^(were|are)$/.test(tokens[m.last + 1]?.lower ?? '') && tokens[m.last + 1].sent === sent) {
      for (let j = m.last + 2; j <= m.last + 4 && tokens[j]?.sent === sent && tokens[j].kind === 'w'; j++) {
        const n = nounOf(tokens[j].lower) ?? demonymOf(tokens[j].text);
        if (n?.kind === 'people') {
          noun = n;
          nounAt = j;
          copulaNoun = true;
          break;
        }
        if (PHRASE_STOP.has(tokens[j].lower)) break;
      }
    }
    // "1.2 million people" after "of": "percent of buildings".
    const ofAt = /^["”’]$/.test(tokens[m.last + 1]?.text ?? '') ? m.last + 2 : m.last + 1;
    if (!noun && m.percent && tokens[ofAt]?.lower === 'of') {
      for (let j = ofAt + 1; j <= ofAt + 4 && tokens[j]?.sent === sent; j++) {
        const n = tokens[j].kind === 'w' ? nounOf(tokens[j].lower) : null;
        if (n) {
          noun = n;
          nounAt = j;
          break;
        }
      }
    }
    // "recovered the bodies of another 25": the number counts the bodies it is of.
    if (!noun && !unknownNoun && !m.percent && !m.money) {
      let j = m.first - 1;
      if (/^(another|a|further)$/.test(tokens[j]?.lower ?? '')) j--;
      if (tokens[j]?.lower === 'further' && tokens[j - 1]?.lower === 'a') j--;
      if (tokens[j]?.lower === 'of' && /^(bodies|remains)$/.test(tokens[j - 1]?.lower ?? '') && tokens[j - 1].sent === sent) noun = nounOf('bodies');
    }
    // "the number of refugees … now reaching around 90,000", "brings to 15,000 the number of X".
    if (!noun && !unknownNoun && !m.percent && !m.money) {
      const named = this.numberOf(m);
      if (named) noun = named;
    }
    // "half of those deaths, 31, took place in Iraq": a figure set between commas after a toll's noun gives its number.
    if (!noun && !unknownNoun && !m.percent && !m.money && tokens[m.first - 1]?.text === ',' && tokens[m.last + 1]?.text === ',' && tokens[m.last + 1].sent === sent && tokens[m.first - 2]?.sent === sent) {
      const n = tokens[m.first - 2].kind === 'w' ? nounOf(tokens[m.first - 2].lower) : null;
      if (n?.kind === 'people' && n.category !== 'other') noun = n;
    }
    // "with children accounting for a large share (35,295)": a bracketed figure counts the people just before.
    if (!noun && !unknownNoun && tokens[m.first - 1]?.text === '(' && tokens[m.last + 1]?.text === ')') {
      for (let j = m.first - 2; j >= this.doc.sentStart[sent] && j >= m.first - 8; j--) {
        const n = tokens[j].kind === 'w' ? nounOf(tokens[j].lower) : null;
        if (n?.kind === 'people') {
          noun = n;
          break;
        }
      }
    }
    const q0 = qualifierBefore(tokens, m.first);
    const wordBefore = tokens[(q0 ? q0.first : m.first) - 1];
    let beforeHere = wordBefore && wordBefore.sent === sent ? wordBefore.lower : '';
    // "296 houses, of which, 119 were destroyed": a part of the count before.
    const at0 = (q0 ? q0.first : m.first) - 1;
    // "52,000 people, of whom 1,385 are still in shelters": a part of the people before.
    if ((beforeHere === ',' && /^(which|whom)$/.test(tokens[at0 - 1]?.lower ?? '') && tokens[at0 - 2]?.lower === 'of') || (/^(which|whom)$/.test(beforeHere) && tokens[at0 - 1]?.lower === 'of')) beforeHere = 'including';
    if (!noun && !unknownNoun && !m.percent && !m.money && TOTAL_VERBS.has(beforeHere)) {
      // People before things: "refugees sheltering in schools, who now total 2,300" counts the refugees.
      for (let j = (q0 ? q0.first : m.first) - 2; j >= this.doc.sentStart[sent] && j >= m.first - 14; j--) {
        const n = tokens[j].kind === 'w' ? nounOf(tokens[j].lower) : null;
        if (n?.kind === 'people') {
          noun = n;
          break;
        }
        if (n?.kind === 'thing' && !noun) noun = n;
      }
    }
    const afterHere = tokens[m.last + 1]?.sent === sent ? tokens[m.last + 1] : undefined;
    // "…, bringing the total there to 7,200": the same count as the one before, summed.
    const totalTo = beforeHere === 'to' && tokens.slice(Math.max(this.doc.sentStart[sent], m.first - 4), m.first).some((x) => x.lower === 'total');
    const elliptical =
      prev !== null &&
      !unknownNoun &&
      (PART_OF.has(beforeHere) ||
        totalTo ||
        // "the previous year's figure of 118": a figure of the count before in the sentence.
        (beforeHere === 'of' && /^(figure|total|tally|count)$/.test(tokens[at0 - 1]?.lower ?? '') && prev.category !== 'other') ||
        // "Tana River (3,864 displaced), Homa Bay (2,046), Kisumu (7,704)": a list of places, each figure in brackets.
        (beforeHere === '(' && afterHere?.text === ')' && this.doc.text.slice(prev!.start - 1, prev!.start) === '(') ||
        (ELLIPSIS_BEFORE.has(beforeHere) && (!afterHere || ELLIPSIS_AFTER.has(afterHere.lower))) ||
        (afterHere !== undefined && RATE.has(afterHere.lower) && RATE_UNIT.test(tokens[m.last + 2]?.lower ?? '')) ||
        afterHere?.lower === 'daily');
    const headEnd = nounAt >= 0 ? nounAt : m.last;
    let event = this.eventFor(m, noun || !unknownNoun ? headEnd : headEnd + Math.min(skipped, 3), noun);
    if (adjective && !(event.adjacent && event.adjacentEnd !== undefined && event.adjacentEnd > headEnd)) event = { ev: adjective, adjacent: true, rule: 'en.participle' };
    // "recovered the bodies of four women", "claimed the lives of up to 13 individuals": the dead.
    {
      const q1 = qualifierBefore(tokens, m.first);
      const o = (q1 ? q1.first : m.first) - 1;
      if (noun?.kind === 'people' && tokens[o]?.lower === 'of' && /^(bodies|remains|lives)$/.test(tokens[o - 1]?.lower ?? '') && tokens[o - 1].sent === sent) event = { ev: { label: 'killed', category: 'casualties' }, adjacent: true, rule: 'en.bodies-of' };
    }
    // "285 migrants were intercepted": people stopped at sea or a border, not a missile downed.
    if (noun?.kind === 'people' && event.ev?.label === 'launched or downed' && /^intercept/.test(tokens[event.adjacentEnd ?? -1]?.lower ?? '')) event = { ...event, ev: { label: 'intercepted', category: 'other' } };
    // "150 servicemen were returning home" after a prisoner swap: who returns from captivity was released.
    if (event.ev?.label === 'returned' && this.sentCaptivity.has(sent)) event = { ...event, ev: { label: 'released', category: 'casualties' } };
    let category: Category;
    let label: string;
    let rule = 'en.number';
    if (m.money || noun?.kind === 'money') {
      category = ctx.aid ? 'aid' : 'other';
      label = ctx.aid ? 'aid money' : 'money';
      rule = 'en.money';
      if (!ctx.aid && !event) return null;
    } else if (m.percent) {
      if (!event.ev && !noun && !ctx.aid) return null;
      category = event.ev?.category ?? (noun && noun.kind === 'people' && noun.category !== 'other' ? noun.category : noun?.kind === 'thing' ? 'other' : ctx.aid ? 'aid' : 'other');
      label = event.ev ? `percent ${event.ev.label}` : noun ? `percent of ${noun.label}` : 'percent';
      rule = 'en.percent';
    } else if (noun && noun.kind === 'thing') {
      if (noun.aidOnly && !ctx.aid) return null;
      if (noun.participants && !ctx.participation) return null;
      if (noun.military && !this.sentMilitary.get(sent)) return null;
      if (noun.disease && !this.sentDisease.has(sent)) return null;
      if (noun.ceasefire && !ctx.ceasefire) return null;
      if (noun.label === 'response teams' && !/^(medical|rescue|health|relief|search|response|emergency|assessment|mobile)$/.test(tokens[nounAt - 1]?.lower ?? '')) return null;
      if (noun.category === 'other' && noun.label === 'buildings' && !event.ev?.things) return null;
      // Animals lost: with a word of loss near, or in a breakdown after a count of them.
      if (noun.animate && !event.ev && !(prev && prev.countedLabel === noun.label)) return null;
      if (noun.label === 'drones and missiles') category = ctx.ceasefire ? 'violations' : 'other';
      else category = noun.category;
      label = noun.category === 'aid' && noun.label === 'trucks' ? 'aid trucks' : noun.label;
      if (event.ev?.things && noun.label === 'buildings') label = `buildings ${event.ev.label}`;
      rule = 'en.noun';
    } else if (noun && noun.kind === 'people' && elliptical && PART_OF.has(beforeHere) && !event.adjacent && (prev!.category !== 'other' || /rescued$/.test(prev!.countedLabel))) {
      // "The 367 rescued, including 342 men": the part of those rescued was rescued too.
      // "killed seven people including two girls, and injured 46": the part shares what befell the whole.
      category = prev!.category;
      label = `${noun.label} ${lastWord(prev!.countedLabel)}`;
      rule = 'en.part-of';
    } else if (noun && noun.kind === 'people' && nounAt >= 0 && SPEECH.has(tokens[nounAt + 1]?.lower ?? '') && tokens[nounAt + 2]?.lower !== 'to' && !event.adjacent) {
      return null;
    } else if (noun && noun.kind === 'people') {
      const ownWord = noun.category !== 'other' || noun.self;
      // "hosting 700,000 refugees" stays refugees; "refugees killed" is a toll.
      const overrides = event.ev && (!ownWord || (event.adjacent && (event.ev.category === 'casualties' || noun.category === 'other')));
      if (event.ev && !event.ev.things && overrides) {
        category = event.ev.category;
        label = noun.label === 'people' || noun.label === 'killed' ? event.ev.label : `${noun.label} ${event.ev.label}`;
        rule = event.rule;
      } else if (ownWord) {
        category = noun.category;
        label = noun.label;
        rule = 'en.noun';
      } else if (prev && (beforeHere === ',' || beforeHere === 'and') && (prev.category !== 'other' || /subject|breakdown/.test(prev.rule)) && this.peopleClaim(prev)) {
        // "44 men, 22 women and nine children": the rest of a breakdown take what its first part is.
        category = prev.category;
        label = `${noun.label} ${lastWord(prev.countedLabel)}`;
        rule = 'en.breakdown';
      } else if (COPULA.has(beforeHere) && this.subjectNoun(m.first)) {
        const subject = this.subjectNoun(m.first)!;
        category = subject.category;
        label = subject.label;
        rule = 'en.subject';
      } else if (ctx.displacement && noun.category === 'other' && !noun.self && noun.label !== 'fighters') {
        // "a daily average of 1,000 people" in a sentence about refugees: the displaced.
        category = 'displacement';
        label = 'people displaced';
        rule = 'en.displacement-context';
      } else if (ctx.aid) {
        category = 'aid';
        label = 'people receiving aid';
        rule = 'en.aid-context';
      } else if (copulaNoun && this.casualtyNounIn(sent)) {
        // "Most casualties were civilians, while 130 were military personnel": a breakdown of a toll.
        category = 'casualties';
        label = `${noun.label} casualties`;
        rule = 'en.copula-breakdown';
      } else return null;
    } else {
      // A bare number: what befell it must be said next to it ("six were wounded", "rose to 27");
      // a noun no list knows, only with its verb right after it ("60 shops were destroyed").
      if ((!event.ev || !event.adjacent) && elliptical && !noun) {
        category = prev!.category;
        label = prev!.countedLabel;
        rule = 'en.elliptical';
      } else {
        if (!event.ev || !event.adjacent) return null;
        if (unknownNoun && event.adjacentEnd === undefined) return null;
        // "119 were completely destroyed" after "296 houses": what was destroyed is what the count before counted.
        const thingsBefore = prev !== null && !this.peopleClaim(prev) && event.ev.things;
        if (!unknownNoun && event.ev.things && !thingsBefore) return null;
        category = thingsBefore ? prev!.category : event.ev.category;
        label = thingsBefore ? prev!.countedLabel : event.ev.label;
        rule = thingsBefore ? 'en.part-of-things' : unknownNoun ? 'en.unknown-noun' : event.rule;
        if (unknownNoun) nounAt = event.adjacentEnd! - 1;
        while (unknownNoun && nounAt > m.last && (AUX.has(tokens[nounAt].lower) || tokens[nounAt].kind !== 'w')) nounAt--;
      }
    }
    const q = qualifierBefore(tokens, m.first);
    const quoteFrom = q ? q.first : m.first;
    const rangeHigh = tokens[m.first - 1]?.lower === 'and' && tokens[m.first - 3]?.lower === 'between';
    let quoteTo = Math.max(headEnd, event.adjacentEnd ?? -1);
    if (quoteTo < m.last) quoteTo = m.last;
    const start = tokens[quoteFrom].start;
    const end = tokens[quoteTo].end;
    const countedFrom = nounAt >= 0 ? m.last + 1 : event.adjacentEnd !== undefined && event.adjacentEnd > m.last ? m.last + 1 : quoteFrom;
    const countedTo = nounAt >= 0 ? nounAt : quoteTo;
    let from = countedFrom;
    while (from < countedTo && AUX.has(tokens[from].lower)) from++;
    const counted = this.doc.text.slice(tokens[from].start, tokens[countedTo].end);
    return {
      quote: this.doc.text.slice(start, end),
      start,
      end,
      value: m.value,
      qualifier: q?.qualifier ?? (rangeLow ? 'at least' : rangeHigh ? 'up to' : null),
      counted,
      countedLabel: label,
      countedKind: 'other',
      category,
      claimant: this.attributions.claimantAt(m.first),
      claimantKind: null,
      claimantCanonical: null,
      confidence: 0,
      rule,
      mentions: [{ start, end }],
    };
  }

  /** The event word at token k: "lost their lives" is a death, not a loss of things. */
  private eventAt(k: number): EnEvent | null {
    const { tokens } = this.doc;
    const e = eventOf(tokens[k].lower);
    // "people living in displacement sites": a place named by displacement, not people displaced by it.
    if (/^(displacement|evacuation)$/.test(tokens[k].lower) && /^(sites?|camps?|centres?|centers?|settlements?)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    // "two smaller rescue boats", "rescue teams": rescue before a noun names what does the rescuing.
    if (tokens[k].lower === 'rescue' && tokens[k + 1]?.kind === 'w' && !/^(the|a|an|some|more|about|around|nearly|over|at|them|those|all|dozens|hundreds|thousands)$/.test(tokens[k + 1].lower) && !numberAt(tokens, k + 1)) return null;
    // "Libyan rescue vessels picked up 25,285": people picked up at sea were rescued.
    if (tokens[k].lower === 'up' && tokens[k - 1]?.lower === 'picked') return { label: 'rescued', category: 'other' };
    // "20 Cubans were on board".
    if (tokens[k].lower === 'board' && tokens[k - 1]?.lower === 'on') return { label: 'aboard', category: 'other' };
    // "4,500 people entered Maryland county": people entering a place crossed into it.
    if (e && tokens[k].lower === 'entered' && /^[A-Z]/.test(tokens[k + 1]?.text ?? '')) return { label: 'displaced', category: 'displacement' };
    // "two of which were shot down": downed.
    if (tokens[k].lower === 'shot' && tokens[k + 1]?.lower === 'down') return { label: 'launched or downed', category: 'violations', things: true };
    // "were forced out of service": places put out of use.
    if (tokens[k].lower === 'service' && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'out') return { label: 'damaged', category: 'other', things: true };
    // "leaving 14 dead", "leaving a million people at risk": what follows the count says what befell it.
    if (tokens[k].lower === 'leaving' && (tokens[k + 1]?.kind === 'n' || /^(over|more|at|about|around|nearly|some|an?|up)$/.test(tokens[k + 1]?.lower ?? ''))) return null;
    // "three of them are in city hospitals": people in hospital are the injured.
    if (!e && /^hospitals?$/.test(tokens[k].lower) && (tokens[k - 1]?.lower === 'in' || tokens[k - 2]?.lower === 'in')) return { label: 'injured', category: 'casualties' };
    if (!e && tokens[k].lower === 'in' && (/^hospitals?$/.test(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.kind === 'w' && /^hospitals?$/.test(tokens[k + 2]?.lower ?? '')))) return { label: 'injured', category: 'casualties' };
    // "10 million people were without power": a need counted.
    if (!e && /^(power|electricity|water)$/.test(tokens[k].lower) && tokens[k - 1]?.lower === 'without') return { label: 'in need', category: 'aid' };
    // "17,000 people remain in jail", "held behind bars": people in prison are the detained.
    if (!e && /^(jail|jails|prison|prisons|custody|detention)$/.test(tokens[k].lower) && /^(in|into)$/.test(tokens[k - 1]?.lower ?? '')) return { label: 'detained', category: 'casualties' };
    if (!e && tokens[k].lower === 'bars' && tokens[k - 1]?.lower === 'behind') return { label: 'detained', category: 'casualties' };
    // "mud buried 22 houses", "burying 20 houses", "25 houses buried by": buildings buried are destroyed.
    if (/^(buried|burying|buries|bury|swallowed|engulfed)$/.test(tokens[k].lower) && this.buildingsBeside(k)) return { label: 'destroyed', category: 'other', things: true };
    // "two were in critical condition": people in a grave state are the injured.
    if (!e && /^(critical|serious|grave|stable)$/.test(tokens[k].lower) && /^conditions?$/.test(tokens[k + 1]?.lower ?? '')) return { label: 'injured', category: 'casualties' };
    // "2 million children are out of school"; "8 million have no access to safe water": a need counted.
    if (!e && tokens[k].lower === 'school' && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'out') return { label: 'out of school', category: 'other' };
    if (!e && tokens[k].lower === 'access' && /^(no|not|lack|without|lacking|limited)$/.test(tokens[k - 1]?.lower ?? (tokens[k - 2]?.lower ?? ''))) return { label: 'in need', category: 'aid' };
    if (!e && tokens[k].lower === 'access' && tokens[k - 1]?.lower === 'have' && /^(not|no|n't|never)$/.test(tokens[k - 2]?.lower ?? '')) return { label: 'in need', category: 'aid' };
    // "100 were taken to hospitals": people carried to hospital are the injured.
    if (!e && /^(transported|transferred|taken|rushed|admitted|brought|sent|airlifted|evacuated)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'to') {
      const h = /^(a|the|local|nearby|area)$/.test(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
      if (/^hospitals?$/.test(tokens[h]?.lower ?? '')) return { label: 'injured', category: 'casualties' };
    }
    // "11 were trapped and feared dead": trapped people given up for dead are a toll, not those still to be freed.
    if (e?.label === 'trapped') {
      for (let j = k + 1; j <= k + 4 && tokens[j]?.sent === tokens[k].sent; j++) {
        if (/^(feared|presumed|believed)$/.test(tokens[j].lower) && /^(dead|killed)$/.test(tokens[j + 1]?.lower ?? '')) return { label: 'feared dead', category: 'casualties' };
      }
    }
    // "some 100 migrants may have drowned": a death not known is people missing.
    if (e?.label === 'killed' && tokens[k - 1]?.lower === 'have' && /^(may|might|could)$/.test(tokens[k - 2]?.lower ?? '')) return { label: 'missing', category: 'casualties' };
    if (e && tokens[k].lower === 'lost' && (tokens[k + 1]?.lower === 'lives' || tokens[k + 2]?.lower === 'lives')) return { label: 'killed', category: 'casualties' };
    // "39 people were lost at sea": people lost are missing, not things.
    if (e && tokens[k].lower === 'lost' && tokens[k + 1]?.lower === 'at' && tokens[k + 2]?.lower === 'sea') return { label: 'missing', category: 'casualties' };
    return e;
  }

  /** A noun of buildings right before the word at k, or right after it past a count. */
  private buildingsBeside(k: number): boolean {
    const { tokens } = this.doc;
    const sent = tokens[k].sent;
    const isBuilding = (j: number) => tokens[j]?.sent === sent && tokens[j].kind === 'w' && nounOf(tokens[j].lower)?.label === 'buildings';
    if (isBuilding(k - 1)) return true;
    for (let j = k + 1; j <= k + 5 && tokens[j]?.sent === sent; j++) if (isBuilding(j)) return true;
    return false;
  }

  /** The sentence names casualties or victims: people counted in it with nothing said to befall them are part of them. */
  private casualtyNounIn(sent: number): boolean {
    for (let k = this.doc.sentStart[sent]; k < this.doc.sentEnd[sent]; k++) if (/^(casualties|victims)$/.test(this.doc.tokens[k].lower)) return true;
    return false;
  }

  /** A claim that counts people (its label a people noun's or an event's). */
  private peopleClaim(c: Claim): boolean {
    return !/^(aid trucks|trucks|buildings|attacks|strikes|violations|drones|places|aid items|tonnes|meals|shelters|money|aid money)/.test(c.countedLabel);
  }

  /** "The survivors from the boat are …": a people noun that says itself what they are, before the copula. */
  private subjectNoun(first: number): EnNoun | null {
    const { tokens } = this.doc;
    const sent = tokens[first].sent;
    for (let k = first - 2; k >= this.doc.sentStart[sent] && k >= first - 8; k--) {
      const n = tokens[k].kind === 'w' ? nounOf(tokens[k].lower) : null;
      if (n?.kind === 'people' && (n.self || n.category !== 'other')) return n;
    }
    return null;
  }

  /** The noun of "the number of X" in the sentence, for a bare figure that gives that number. */
  private numberOf(m: EnNumber): EnNoun | null {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const from = Math.max(this.doc.sentStart[sent], m.first - 50);
    const to = Math.min(this.doc.sentEnd[sent], m.last + 8);
    for (let k = from; k < to; k++) {
      if (tokens[k].lower !== 'number') continue;
      // "the number leaving the camps, from about 500 to 2,400": what the number does says what it counts.
      const doing = tokens[k + 1] && tokens[k + 1].sent === sent ? eventOf(tokens[k + 1].lower) : null;
      if (doing && !doing.things && doing.category !== 'other') return { kind: 'people', label: doing.label, category: doing.category };
      if (tokens[k + 1]?.lower !== 'of') continue;
      for (let j = k + 2; j < k + 6 && j < to; j++) {
        const n = tokens[j].kind === 'w' ? nounOf(tokens[j].lower) : null;
        // "the number of children killed … is 17": what befell them right after the noun says what is counted.
        const befell = n?.kind === 'people' && tokens[j + 1]?.sent === sent ? eventOf(tokens[j + 1].lower) : null;
        if (befell && !befell.things) return { kind: 'people', label: befell.label, category: befell.category };
        if (n && (n.kind === 'people' || (n.kind === 'thing' && !n.aidOnly && !n.participants && !n.military))) return n;
      }
    }
    return null;
  }

  /**
   * What befell those counted: a participle right after them ("198 killed", "people have been
   * killed"), a verb right before ("killed at least 910", "wound six"), a toll the number rises
   * to, else the nearest word of harm, displacement or aid in the sentence.
   */
  private eventFor(m: EnNumber, headEnd: number, noun: EnNoun | null): { ev: EnEvent | null; adjacent: boolean; adjacentEnd?: number; rule: string } {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    for (let k = headEnd + 1, aux = 0; k < tokens.length && tokens[k].sent === sent && aux <= 4; k++) {
      const e = tokens[k].kind === 'w' ? this.eventAt(k) : null;
      // "assist more than 20,000 people affected by the typhoon": those a verb of aid reaches are
      // its beneficiaries, whatever befell them.
      if (e && e.label === 'affected') {
        const q0 = qualifierBefore(tokens, m.first);
        const v = q0 ? q0.first - 1 : m.first - 1;
        const aid = tokens[v]?.sent === sent && tokens[v].kind === 'w' ? this.eventAt(v) : null;
        if (aid?.category === 'aid') return { ev: aid, adjacent: true, rule: 'en.verb-object' };
      }
      if (e) return { ev: e, adjacent: true, adjacentEnd: k, rule: 'en.participle' };
      // "two of whom were in critical condition", "out of school", "do not have access": the state after "in" or "do".
      // "Five children were among the victims": those they are counted among.
      if (tokens[k].lower === 'among' && k <= headEnd + 3) {
        const at = tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
        const w = tokens[at];
        if (w && w.sent === sent && /^(victims|dead|killed|casualties|wounded|injured)$/.test(w.lower)) {
          return { ev: /^(wounded|injured)$/.test(w.lower) ? { label: 'injured', category: 'casualties' } : { label: 'killed', category: 'casualties' }, adjacent: true, adjacentEnd: at, rule: 'en.among' };
        }
      }
      // "two refugees with gunshot wounds were …": the wounds they carry.
      // Not "at 16 with 19 injured": a second count after "with" has its own harm.
      if (tokens[k].lower === 'with' && k === headEnd + 1 && tokens[k + 1]?.kind !== 'n') {
        const at = [k + 1, k + 2].find((j) => tokens[j] && tokens[j].sent === sent && /^(wounds|injuries|injured)$/.test(tokens[j].lower));
        if (at !== undefined) return { ev: { label: 'injured', category: 'casualties' }, adjacent: true, adjacentEnd: at, rule: 'en.participle' };
      }
      if (/^(in|out|do|does|did|not|a|of|which|lack|without)$/.test(tokens[k].lower) && aux <= 3) {
        if (!/^(a|of|which)$/.test(tokens[k].lower)) aux++;
        continue;
      }
      if (AUX.has(tokens[k].lower) || MORE.has(tokens[k].lower) || HEDGES.has(tokens[k].lower)) aux++;
      // "12 secessionists were also "neutralized"": the writer's quotation marks around the verb.
      else if (/^["“”]$/.test(tokens[k].text)) continue;
      else break;
    }
    const q = qualifierBefore(tokens, m.first);
    const before = q ? q.first - 1 : m.first - 1;
    const verb = tokens[before];
    if (verb && verb.sent === sent && verb.kind === 'w') {
      const e = this.eventAt(before);
      if (e && !(noun?.kind === 'thing' && !noun.animate && !e.things && e.category !== 'aid')) return { ev: e, adjacent: true, rule: 'en.verb-object' };
    }
    // "The death toll … rose to 27", "the toll stands at 48,200".
    // Not for things: "40 deaths and damage to 168,400 houses" counts houses damaged.
    if (verb && TOLL_VERBS.has(verb.lower) && noun?.kind !== 'thing') {
      for (let k = before - 1; k >= this.doc.sentStart[sent] && k >= before - 20; k--) {
        if (TOLL.has(tokens[k].lower)) return { ev: { label: 'killed', category: 'casualties' }, adjacent: true, rule: 'en.toll' };
      }
    }
    // "Death toll from the quakes now more than 2,000": a bare figure the toll before it comes to.
    if (!noun) {
      for (let k = before; k >= this.doc.sentStart[sent] && k >= before - 8; k--) {
        if (tokens[k].lower === 'toll' || tokens[k].lower === 'tally') return { ev: { label: 'killed', category: 'casualties' }, adjacent: true, rule: 'en.toll' };
        if (tokens[k].kind === 'n' || tokens[k].text === ',' || eventOf(tokens[k].lower)) break;
      }
    }
    let best: EnEvent | null = null;
    let bestDist = 11;
    for (let k = Math.max(this.doc.sentStart[sent], m.first - 10); k < Math.min(this.doc.sentEnd[sent], headEnd + 11); k++) {
      if (k >= m.first && k <= headEnd) continue;
      const t = tokens[k];
      if (t.kind === 'n' && k !== m.first) continue;
      const e = t.kind === 'w' ? this.eventAt(k) : null;
      if (!e) continue;
      if (noun?.kind === 'thing' && !noun.animate && !e.things && e.category !== 'aid') continue;
      const d = k < m.first ? m.first - k : k - headEnd;
      if (d < bestDist) {
        best = e;
        bestDist = d;
      }
    }
    // "one serviceman, a woman, her granddaughter and a 49-year-old man had been killed": people
    // listed before the verb they share, past the window, while no clause breaks in.
    if (!best && noun?.kind === 'people') {
      for (let k = headEnd + 1; k < this.doc.sentEnd[sent] && k <= headEnd + 25; k++) {
        const t = tokens[k];
        if (t.text === ';' || CLAUSE_BREAK.has(t.lower)) break;
        const e = t.kind === 'w' ? this.eventAt(k) : null;
        if (e && !e.things) return { ev: e, adjacent: false, rule: 'en.shared-verb' };
      }
    }
    return { ev: best, adjacent: false, rule: 'en.nearby-event' };
  }
}

/** Same value and the same kind of count: a headline and the body, or a figure given again, are one claim. */
function merge(found: Candidate[]): Claim[] {
  const out: Candidate[] = [];
  for (const f of found) {
    const c = f.claim;
    const same = out.find(
      (o) =>
        o.claim.value === c.value &&
        // "Up to 30,000 refugees … crossed", then the spokeswoman's "30,000 people may have crossed" a few
        // sentences on: a large figure of the same kind given again close by, however the thing is worded.
        // "Swap 150 POWs" over "swapped 150 prisoners of war": a headline's figure of the same category, worded otherwise.
        (sameCount(o.claim.countedLabel, c.countedLabel) || (o.headline && c.value !== null && c.value >= 10 && o.claim.category === c.category) || (c.value !== null && c.value >= 1000 && o.claim.category === c.category && o.sent !== undefined && f.sent !== undefined && f.sent - o.sent <= 3)) &&
        (o.headline || f.headline || f.quoted || f.definite || (o.top && o.claim.claimant === null && lastWord(o.claim.counted.toLowerCase()) === lastWord(c.counted.toLowerCase())) || (c.value !== null && c.value >= 10) || sameSource(o.claim.claimant, c.claimant) || c.claimant === null),
    );
    if (!same) {
      out.push({ claim: { ...c, mentions: [{ start: c.start, end: c.end }] }, headline: f.headline, quoted: f.quoted, top: f.top, sent: f.sent });
      continue;
    }
    same.claim.mentions.push({ start: c.start, end: c.end });
    // The body names the source more fully than a headline does.
    if (c.claimant && (same.claim.claimant === null || (same.headline && !f.headline))) same.claim.claimant = c.claimant;
    if (same.claim.qualifier === null) same.claim.qualifier = c.qualifier;
    if (!f.headline) same.headline = false;
  }
  return out.map((o) => o.claim);
}

const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);

/** "Lebanon's health ministry" and "the health ministry": one source named more or less fully. */
function sameSource(a: string | null, b: string | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return (x.endsWith(` ${y}`) || y.endsWith(` ${x}`)) && Math.min(x.length, y.length) >= 6;
}

function sameCount(a: string, b: string): boolean {
  return a === b || lastWord(a) === lastWord(b);
}

export function extractEnglishClaims(text: string): Claim[] {
  return finishClaims(text, new EnglishExtractor(buildEnDoc(text)).run(), 'en');
}
