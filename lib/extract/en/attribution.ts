/**
 * Who says what an English sentence says: "X said", "said X", "according to X", "X told Reuters",
 * a headline's "…: health ministry" or "…, says UN", a pronoun taken back to the last source
 * of its kind, and a quotation running over several sentences to the cue that closes it.
 */
import { claimantKindOf } from '../claim-details';
import type { EnDoc, EnToken } from './tokens';

const CUE_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'reported', 'reports', 'noted', 'added', 'adds', 'stated', 'announced',
  'announces', 'confirmed', 'confirms', 'estimated', 'estimates', 'warned', 'warns', 'tweeted', 'wrote', 'writes', 'recorded',
  'documented', 'counted', 'registered', 'verified', 'explained', 'indicated', 'revealed', 'claimed', 'claims', 'puts', 'cited',
  'posted', 'declared', 'stressed', 'insisted', 'acknowledged', 'disclosed', 'referred', 'clarified', 'emphasised', 'emphasized',
  'underlined', 'explained', 'explains', 'finds', 'found', 'shows', 'showed', 'reads', 'reveals', 'indicates', 'notes',
  'informed', 'informs', 'mentioned', 'affirmed', 'asserted', 'reiterated', 'remarked',
]);
/** "… have claimed more than 6,000 lives": claimed before a count is a toll taken, not a claim made. */
const TAKES_LIVES = new Set(['claimed', 'claims', 'claim']);
/** Verbs of reporting whose passive names the reporter after "by" ("was reported by the agency"). */
const PASSIVE_CUES = new Set(['reported', 'announced', 'confirmed', 'stated', 'documented', 'recorded', 'verified', 'estimated']);
/** "based on preliminary reports and might rise": "reports" before these is the noun. */
const AFTER_NOUN = new Set(['and', 'of', 'from', 'on', ',', '.', ')', 'or']);
/** "Humanitarian actors estimate that …": the plural present, a verb of reporting only before "that" ("as per the agency report" is none). */
const PRESENT_CUES = new Set(['estimate', 'report', 'confirm']);
/** A named body's own work: "WFP reached 4 million people" is WFP's claim. */
const ACTOR_VERBS = new Set(['reached', 'assisted', 'supported', 'delivered', 'distributed', 'provided', 'served', 'evacuated', 'rescued', 'hosted', 'appealed', 'evacuating']);
/** The head of a body's name in lower case: "the provincial government", "the county". */
const BODY_HEAD = /\b(government|authorities|authority|ministry|army|military|police|agency|council|office|county|province|administration|department|municipality)$/;
/** Verbs that report only when what they release is a report: "released an update report". */
// "X signed a statement announcing …": signing a document issues it.
const RELEASE = new Set(['released', 'issued', 'published', 'signed']);
const DOCUMENT = new Set(['report', 'statement', 'update', 'figures', 'data', 'tally', 'toll', 'bulletin', 'briefing', 'assessment', 'number', 'figure']);
/** Between a subject and its verb: "has also said", "on Monday reported". */
const SKIP_BEFORE_VERB = new Set([
  'has', 'have', 'had', 'also', 'later', 'earlier', 'separately', 'further', 'previously', 'then', 'had', 'would', 'will', 'on',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'late', 'early', 'last', 'night',
  'week', 'in', 'a', 'its', 'statement', 'has', 'again', 'officially', 'publicly', 'previously', 'recently',
  // "The provincial government began forcibly evacuating": a verb of starting and a manner adverb.
  'began', 'begun', 'started', 'forcibly',
]);
const PASSIVE = new Set(['been', 'be', 'being', 'was', 'were', 'is', 'are']);
/** Words no subject runs back over. */
const SUBJECT_STOP = new Set([
  'that', 'and', 'but', 'which', 'while', 'as', 'when', 'where', 'after', 'before', 'because', 'if', 'so', 'who', 'whom', 'than',
  'adding', 'saying', 'noting', 'with', 'since', 'although', 'though', 'whereas', 'said', 'says', 'told', 'reported', 'added',
]);
const OBJECT_STOP = new Set([
  'on', 'in', 'at', 'by', 'that', 'adding', 'who', 'which', 'citing', 'from', 'during', 'after', 'as', 'late', 'early', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'last', 'this', 'told', 'said', 'and',
  'while', 'when', 'but', 'via', 'through', 'to',
]);
/** A subject does not run back over a count ("two dozen volunteers registered them"). */
const NUMBER_WORDS = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|several|scores)$/;
const QUOTE_OPEN = /^["“]$/;
const DATE_WORD = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|on|late|early|last)$/;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
/** "the Landmine and Cluster Munition Monitor": "and" between capitalised words is inside a name. */
const andInName = (tokens: EnToken[], k: number) =>
  tokens[k].text === 'and' && /^[A-Z]/.test(tokens[k - 1]?.text ?? '') && /^[A-Z]/.test(tokens[k + 1]?.text ?? '') && tokens[k - 1].sent === tokens[k].sent;
const NAME_PARTICLES = /^(van|von|de|der|den|da|di|du|del|della|la|le|bin|bint|ibn|al|el|abu|dos|das)$|^(al|el|ad|ash|as|an|at|az|ar|bin|ibn|abu)-[A-Z]/;
/** "Col. Naw Bu", "Maj. Gen. Zaw Min Tun": the stop after a title is inside the name. */
const TITLES = /^(col|gen|lt|maj|capt|sgt|cpl|brig|adm|cmdr|gov|sen|rep|dr|mr|mrs|ms|prof|rev|insp|supt|st)$/i;
const titleStop = (tokens: EnToken[], k: number) => tokens[k].text === '.' && k > 0 && TITLES.test(tokens[k - 1].text) && /^[A-Z]/.test(tokens[k + 1]?.text ?? '');
/** "WHO has documented": an acronym in capitals is a name, never the relative pronoun. */
const isAcronym = (t: EnToken) => t.text.length >= 2 && /^[A-Z]+$/.test(t.text);
/**
 * "…, locals and media reports said", "Residents and a militia member said": two sources joined by
 * "and" as one subject, when what stands before "and" is a short run of words (no count, no pronoun,
 * no past tense) right after a comma or at the start of the sentence.
 */
function coordinated(tokens: EnToken[], k: number, sent: number): boolean {
  let j = k - 1;
  while (j >= 0 && tokens[j].sent === sent && tokens[j].kind === 'w' && k - j <= 4) {
    const w = tokens[j].lower;
    if (SUBJECT_STOP.has(w) || PRONOUNS.has(w) || NUMBER_WORDS.test(w) || /ed$/.test(w) || SKIP_BEFORE_VERB.has(w)) return false;
    j--;
  }
  if (j === k - 1) return false;
  return j < 0 || tokens[j].sent !== sent || tokens[j].text === ',';
}
/** How far back a subject may run when a place phrase after its head can be cut off. */
const LONG_SUBJECT = 20;
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'across', 'from', 'near']);
const BREAK = new Set([',', ';', ':', '“', '”', '"', '—', '–', '-', '(', ')', '[', ']', '|', '#', '/', '.']);

export interface EnCue {
  /** The verb (or "according"): a claim before it in its sentence takes it, as does one after. */
  tok: number;
  claimant: string;
}

function phrase(doc: EnDoc, from: number, to: number): string {
  return doc.text.slice(doc.tokens[from].start, doc.tokens[to].end).replace(/\s+/g, ' ').trim();
}

/** "Later the interior ministry said": a sentence adverb before the subject is no part of it. */
const stripThe = (s: string) => s.replace(/^(?:(?:later|earlier|meanwhile|separately|also|then|now),?\s+)?(the|a|an|its|his|her|their)\s+/i, '');

/** The subject before the verb at `v`: back to a mark or a word that opens a clause. */
function subjectBefore(doc: EnDoc, v: number): string | null {
  const { tokens } = doc;
  const sent = tokens[v].sent;
  let k = v - 1;
  while (k >= 0 && tokens[k].sent === sent && SKIP_BEFORE_VERB.has(tokens[k].lower)) k--;
  // "…, the statement said": "statement" is skipped only after its subject ("said in a statement").
  if (k < v - 1 && /^(the|a|an|its|their)$/.test(tokens[k]?.lower ?? '')) k = v - 1;
  if (k < 0 || tokens[k].sent !== sent) return null;
  // "2,817 people said to be injured": a passive of reporting names no one.
  if (tokens[v + 1]?.lower === 'to' && /^(be|have)$/.test(tokens[v + 2]?.lower ?? '')) return null;
  if (PASSIVE.has(tokens[k].lower)) return null;
  // "Wahidullah Mayar, health ministry spokesman, told Reuters": the apposition before the comma.
  const apposition = tokens[k].text === ',';
  if (apposition) k--;
  const last = k;
  let parens = 0;
  while (k >= 0 && tokens[k].sent === sent) {
    const t = tokens[k];
    if (t.text === ')') parens++;
    // "(Adds quotes) …": an opening bracket with none closed after it ends the subject.
    else if (t.text === '(' && parens === 0) break;
    else if (t.text === '(') parens--;
    else if (parens === 0 && titleStop(tokens, k)) {
      k--;
      continue;
    } else if (parens === 0 && t.lower === 'and' && k < last && coordinated(tokens, k, sent)) {
      k--;
      continue;
    } else if (parens === 0 && (BREAK.has(t.text) || t.kind === 'n' || (SUBJECT_STOP.has(t.lower) && !isAcronym(t) && !andInName(tokens, k)) || NUMBER_WORDS.test(t.lower))) break;
    if (last - k > LONG_SUBJECT) return null;
    k--;
  }
  // "Stéphane Dujarric, who was briefing the media, said": the name before the relative clause.
  if (tokens[k]?.lower === 'who' && !isAcronym(tokens[k]) && tokens[k - 1]?.text === ',' && tokens[k].sent === sent) return subjectBefore(doc, k);
  if (k === last) return null;
  // "Red Cross teams on the ground in the worst affected areas estimate": a subject that long is
  // its head and the places after it; the head names the source.
  if (last - k > 12) {
    let p = k + 3;
    while (p <= last && !PLACE_PREPOSITIONS.has(tokens[p].lower)) p++;
    // "the United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said": a long name is a name.
    if (p > last && tokens.slice(k + 1, last + 1).every((x, n) => (n === 0 && x.lower === 'the') || /^[A-Z()]/.test(x.text) || /^(of|for|the|and|on|\)|\()$/.test(x.text))) return stripThe(phrase(doc, k + 1, last)) || null;
    if (p > last || p - (k + 1) > 10) return null;
    return stripThe(phrase(doc, k + 1, p - 1)) || null;
  }
  // "The committee's report, scheduled to be released yesterday, indicates": a participle's clause set
  // between commas describes the subject before it, which speaks.
  if (apposition && tokens[k]?.text === ',' && tokens[k].sent === sent && /^[a-z]+ed$/.test(tokens[k + 1]?.text ?? '') && !/^(red|based)$/.test(tokens[k + 1].text)) return subjectBefore(doc, k);
  let out = stripThe(phrase(doc, k + 1, last));
  // "Local officials late Monday (local time) put": the time it spoke is no part of the speaker.
  out = out.replace(/\s+(?:(?:late|early|on|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)\b.*$/i, '') || out;
  // "A report released by the Landmine Monitor said": the body that released it speaks.
  const by = /\b(?:released|published|issued|compiled|produced|reports?|statements?|figures) by (?:the )?(.+)$/.exec(out);
  if (by) out = by[1];
  // "Mayar, health ministry spokesman": a name set before the apposition joins it.
  if (tokens[k]?.text === ',' && tokens[k].sent === sent) {
    let j = k - 1;
    // "Vivian van de Perre, deputy chief …": lower-case particles inside a name.
    while (j >= 0 && tokens[j].sent === sent && tokens[j].kind === 'w' && (/^[A-Z]/.test(tokens[j].text) || (NAME_PARTICLES.test(tokens[j].text) && (/^[A-Z]/.test(tokens[j - 1]?.text ?? '') || NAME_PARTICLES.test(tokens[j - 1]?.text ?? '')))) && k - j <= 5) j--;
    // "Separately, it reported", "Meanwhile, the army said": a sentence adverb is no name.
    const opensTime = /^(In|On|At|After|Before|During|Since|By|From|Last|This|Earlier|Later|Meanwhile|However|Also|Moreover|Furthermore|Elsewhere|Still|Yet|Then|Now|Overall|Instead|Besides|[A-Z][a-z]+ly)$/.test(tokens[j + 1]?.text ?? '');
    // "…, while Andriy Yermak, the president's chief of staff, confirmed": a name after a word opening the clause.
    if (j < k - 1 && !opensTime && (j < 0 || tokens[j].sent !== sent || BREAK.has(tokens[j].text) || (SUBJECT_STOP.has(tokens[j].lower) && tokens[j].kind === 'w'))) out = `${phrase(doc, j + 1, k - 1)}, ${out}`;
  }
  return out || null;
}

/** The source after "said" or "according to": up to a mark or a word that opens what follows. */
function objectAfter(doc: EnDoc, from: number): string | null {
  const { tokens } = doc;
  const sent = tokens[from]?.sent;
  if (sent === undefined) return null;
  let k = from;
  let parens = 0;
  while (k < tokens.length && tokens[k].sent === sent) {
    const t = tokens[k];
    if (t.text === '(') parens++;
    else if (t.text === ')') parens--;
    else if (parens === 0 && (BREAK.has(t.text) || t.kind === 'n' || (k > from && OBJECT_STOP.has(t.lower) && !isAcronym(t)))) {
      // "according to reports from the provincial authority (PDMA)": a document's source goes with it.
      if (k === from + 1 && /^(reports?|figures|data|statements?)$/.test(tokens[from].lower) && /^(from|by)$/.test(t.lower)) {
        k++;
        continue;
      }
      // "according to figures compiled by rights groups": the body that compiled them speaks.
      if (k === from + 2 && /^(reports?|figures|data|statements?|tallies|counts?)$/.test(tokens[from].lower) && /^(compiled|collected|gathered|released|published|issued|provided|kept)$/.test(tokens[from + 1].lower) && t.lower === 'by') {
        const body = objectAfter(doc, k + 1);
        return body;
      }
      // "Col. Naw Bu", "the Armed Conflict Location and Event Data Project": inside a name.
      if (titleStop(tokens, k) || (t.lower === 'and' && andInName(tokens, k))) {
        k++;
        continue;
      }
      break;
    }
    if (k - from > 16) return null;
    k++;
  }
  if (k === from) return null;
  return stripThe(phrase(doc, from, k - 1)) || null;
}

/** Agencies whose dateline carries others' news: "KABUL (Reuters) -" names no issuer of the claims. */
const NEWS_AGENCIES = /^(reuters|ap|afp|aim|irin|anadolu|aa|mina|spa|upi|dpa|xinhua|tass|wam|bernama|pti|ani|ians|kuna|qna|sana|nna|wafa|efe|ansa|cnn|bbc|sputnik|ria|apa|ina|nnn|kyodo|yonhap)$/i;
/** "GENEVA, 15 April 2014 (UNHCR) –", "Geneva/Baghdad (ICRC) –": a body's own dateline. */
const DATELINE = /^[ \t]*[A-Z][A-Za-z'’.\/ -]{1,40}(?:,[ \t]*[A-Za-z0-9 ,.]{3,30}?)?[ \t]*\(([A-Z][A-Za-z]{1,9})\)[ \t]*[–—-]?/m;
/**
 * "Geneva/Port-au-Prince –", "Manila/Kuala Lumpur, 22 December 2015:", "29 December, 2016. Manila /
 * Kuala Lumpur –": two offices of one body, with the date before or after them, open its release.
 */
const OFFICES_DATELINE =
  /(?:^|\.[ \t]+)[ \t]*[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+)*[ \t]*\/[ \t]*[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+)*(?:,[ \t]*\d{1,2} [A-Z][a-z]+,? \d{4})?[ \t]*(?:[–—-][ \t]|:[ \t])/m;
/** Capitals that are no body: times, units, formats. */
const NOT_A_BODY = /^(AM|PM|GMT|UTC|US|USD|UK|IDP|IDPS|DNA|IPC|COVID|HIV|AIDS|PDF|TV|ID|NB)$/;
/** A sentence opening that goes on with what the sentence before it said: its source too. */
const CONTINUES = /^(these|this|for instance|for example|of these|of them|of whom|among them|among these|furthermore|moreover|in addition|additionally)\b/i;

/**
 * The body that issues a report in its own name (a press release, an agency's update), whose
 * unattributed figures and first person ("we delivered", "our teams") are its own: the body in
 * its dateline, else, in a text that calls itself a release or speaks as "we" outside quotes or
 * says it is "issued by" someone, that body or the acronym it names most.
 */
function issuerOf(doc: EnDoc): string | null {
  const head = doc.text.slice(0, 3000);
  const dated = DATELINE.exec(head);
  // "The ICC Office of the Prosecutor (OTP) also urged": a name with its acronym in a sentence is no
  // dateline, which ends in a dash or opens with a place in capitals.
  const datelike = dated && (/[–—-][ \t]*$/.test(dated[0]) || /^[ \t]*[A-Z][A-Z'’.\/ -]+\b/.test(dated[0].replace(/^[ \t]*/, '').slice(0, 4)));
  if (dated && datelike && !NEWS_AGENCIES.test(dated[1])) return dated[1];
  const issued = /\b(?:issued|published|produced) by (?:the )?([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,4})/.exec(head);
  if (issued && !NEWS_AGENCIES.test(issued[1])) return issued[1].replace(/ (Occupied|In|For)\b.*$/, '');
  // "Geneva/Port-au-Prince –": a headquarters and a field office, the dateline of a body's release.
  let release = /\b(press|news|media) release\b/i.test(doc.text) || OFFICES_DATELINE.test(head);
  if (!release) {
    for (const t of doc.tokens) {
      if ((t.lower === 'we' || t.lower === 'our') && !doc.quoted[t.sent]) {
        release = true;
        break;
      }
    }
  }
  if (!release) return null;
  const counts = new Map<string, number>();
  for (const t of doc.tokens) {
    if (t.kind === 'w' && /^[A-Z]{2,7}$/.test(t.text) && !NEWS_AGENCIES.test(t.text) && !NOT_A_BODY.test(t.text)) counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) if (n >= 2 && (best === null || n > counts.get(best)!)) best = name;
  return best;
}

export class EnAttributions {
  private readonly bySent = new Map<number, EnCue[]>();
  private readonly resolved: { tok: number; claimant: string }[] = [];
  private readonly issuer: string | null;
  /** Sentences that gave a claim, as the extractor finds them in reading order. */
  private readonly claimed = new Set<number>();
  /** The first sentence outside the headlines that gave a claim. */
  private firstClaimed = Infinity;
  private firstSaid: number | undefined;

  constructor(private readonly doc: EnDoc) {
    const { tokens } = doc;
    this.issuer = issuerOf(doc);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      let claimant: string | null = null;
      // "according to its toll": the body the possessive stands for.
      if (t.lower === 'according' && tokens[i + 1]?.lower === 'to' && /^(its|their)$/.test(tokens[i + 2]?.lower ?? '')) claimant = this.antecedent(i, 'it');
      else if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') claimant = objectAfter(doc, i + 2);
      // "As per NDMA report": the same as "according to".
      else if (t.lower === 'as' && tokens[i + 1]?.lower === 'per') claimant = objectAfter(doc, i + 2);
      // "reports by the air force that …", "a statement by the ministry": a document names its author.
      else if (/^(reports?|statement|figures|data|tally|count|estimates?)$/.test(t.lower) && tokens[i + 1]?.lower === 'by' && /^[A-Z]|^the$/.test(tokens[i + 2]?.text ?? '')) claimant = objectAfter(doc, i + 2);
      // "…,” al-Qudra continued.": a verb of going on closing a quotation.
      else if (t.lower === 'continued' && doc.quoted[t.sent] && /^[.,]$/.test(tokens[i + 1]?.text ?? '.') && tokens.slice(Math.max(0, i - 5), i).some((x) => /^["”]$/.test(x.text))) claimant = subjectBefore(doc, i);
      // "it is widely reported by Reuters and other outlets that …": a passive of reporting names who reports.
      else if (tokens[i + 1]?.lower === 'by' && PASSIVE_CUES.has(t.lower) && PASSIVE.has(tokens[i - 1]?.lower ?? '') || (tokens[i + 1]?.lower === 'by' && PASSIVE_CUES.has(t.lower) && /ly$/.test(tokens[i - 1]?.lower ?? '') && PASSIVE.has(tokens[i - 2]?.lower ?? ''))) claimant = objectAfter(doc, i + 2);
      // "claimed by the Taliban": a passive names who did it, not who says so; "claims responsibility" says nothing of a count.
      else if (tokens[i + 1]?.lower === 'by' || tokens[i + 1]?.lower === 'responsibility' || tokens[i + 1]?.lower === 'credit') continue;
      // "an estimated 2,400": a participle after an article describes a figure, it reports nothing.
      else if (/^(an?|the|to|from|of|in|on|with|by|its|their)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      else if (TAKES_LIVES.has(t.lower) && (tokens[i + 1]?.kind === 'n' || /^(more|over|at|about|around|nearly|almost|some|the|hundreds|thousands|dozens|lives)$/.test(tokens[i + 1]?.lower ?? ''))) continue;
      // "media reports said": before a verb of reporting, "reports" is its subject.
      // "So far reports vary", "initial reports suggest": after these, "reports" is the noun.
      else if ((t.lower === 'reports' || t.lower === 'report') && (AFTER_NOUN.has(tokens[i + 1]?.lower ?? '.') || CUE_VERBS.has(tokens[i + 1]?.lower ?? '') || /^(far|initial|early|preliminary|media|news|local|unconfirmed|conflicting|first|latest|some|other|these|those|such)$/.test(tokens[i - 1]?.lower ?? ''))) continue;
      else if (CUE_VERBS.has(t.lower) || (PRESENT_CUES.has(t.lower) && tokens[i + 1]?.lower === 'that') || ((RELEASE.has(t.lower) || t.lower === 'put') && this.releasesDocument(i))) {
        claimant = subjectBefore(doc, i);
        // "It counted 56 strikes and said …": a second verb of the subject before it.
        if (!claimant && tokens[i - 1]?.lower === 'and') claimant = this.bySent.get(t.sent)?.at(-1)?.claimant ?? null;
        // "…, says UN", "said Ismail Kawosi", "…,” explained Patricia Guiote", "…, 142 killed, claims UNICEF":
        // the verb first, its subject after, named.
        // "…,” the envoy told a conference": whom one tells comes after "told", never the speaker.
        const inverted = i > 0 && /^[,"”]$/.test(tokens[i - 1].text) && tokens[i - 1].sent === t.sent && !/^(told|tells|informed)$/.test(t.lower);
        const saidFirst = t.lower === 'said' || t.lower === 'says' || t.lower === 'say';
        // "…”, reads the report": the source may come with its article.
        const named = /^[A-Z]/.test(tokens[i + 1]?.text ?? '') || (inverted && /^(the|a|an)$/.test(tokens[i + 1]?.lower ?? ''));
        // "announced Tuesday, September 5 the general staff": past the date to the subject.
        let after = i + 1;
        while (after < i + 7 && tokens[after]?.sent === t.sent && (DATE_WORD.test(tokens[after].lower) || tokens[after].kind === 'n' || tokens[after].text === ',')) after++;
        const dated = after > i + 1 && /^(the|[A-Z])/.test(tokens[after]?.text ?? '');
        if ((!claimant || (inverted && /^[a-z]/.test(claimant)) || (dated && !claimant)) && (saidFirst || inverted || dated) && (named || dated)) {
          claimant = objectAfter(doc, dated ? after : i + 1) ?? claimant;
        }
      }
      else if (ACTOR_VERBS.has(t.lower) || (t.lower === 'made' && /^(an?|the)$/.test(tokens[i + 1]?.lower ?? '') && /^appeals?$/.test(tokens[i + 2]?.lower ?? ''))) {
        const actor = subjectBefore(doc, i);
        // "Since January we have delivered": the body issuing the report, outside a quotation.
        if (actor && /(^|\s)we$/i.test(actor) && this.issuer && !doc.quoted[t.sent]) claimant = this.issuer;
        // "The provincial government began evacuating": a body named in lower case is an actor too.
        else if (actor && (/^[A-Z]/.test(actor) || BODY_HEAD.test(actor)) && !PRONOUNS.has(actor.toLowerCase()) && !/\s(we|they|it|he|she|i)$/i.test(actor)) claimant = actor;
      }
      if (claimant) this.add(i, claimant);
    }
    this.headlineSources();
  }

  private releasesDocument(i: number): boolean {
    for (let k = i + 1; k <= i + 4 && k < this.doc.tokens.length; k++) if (DOCUMENT.has(this.doc.tokens[k].lower)) return true;
    return false;
  }

  private add(tok: number, claimant: string): void {
    let words = claimant.split(/\s+/);
    // "Vivian van de Perre, deputy chief of the UN mission in Congo": a long apposition leaves the name.
    if (words.length > 10 && claimant.includes(', ')) {
      claimant = claimant.slice(0, claimant.indexOf(', '));
      words = claimant.split(/\s+/);
    }
    if (words.length > 10) return;
    let name = claimant;
    // "“… and we estimate …,” said X": a first person inside a quotation is the speaker its cue names.
    if (/^(we|i)$/i.test(claimant) && this.doc.quoted[this.doc.tokens[tok].sent]) return;
    // "we" outside a quotation is the body issuing the report.
    if (claimant.toLowerCase() === 'we' && this.issuer && !this.doc.quoted[this.doc.tokens[tok].sent]) name = this.issuer;
    else if (PRONOUNS.has(claimant.toLowerCase())) name = this.antecedent(tok, claimant.toLowerCase()) ?? claimant;
    const sent = this.doc.tokens[tok].sent;
    const list = this.bySent.get(sent) ?? [];
    list.push({ tok, claimant: name });
    this.bySent.set(sent, list);
    if (!PRONOUNS.has(name.toLowerCase())) this.resolved.push({ tok, claimant: name });
  }

  /** "he said" is the last person named as a source; "it said" the last body. */
  private antecedent(tok: number, pronoun: string): string | null {
    const want = pronoun === 'he' || pronoun === 'she' || pronoun === 'i' ? 'person' : 'organization';
    for (let k = this.resolved.length - 1; k >= 0; k--) {
      const r = this.resolved[k];
      const kind = claimantKindOf(r.claimant, 'en');
      // "it" is the last body, or the last source that is no person ("Kivu Security Tracker").
      if (r.tok < tok && (kind === want || (want === 'organization' && kind !== 'person' && /^[A-Z]/.test(r.claimant)))) return r.claimant;
    }
    return this.resolved.length ? this.resolved[this.resolved.length - 1].claimant : null;
  }

  /** A headline ending ": health ministry" or "– UN", or opening "Ukraine minister:". */
  private headlineSources(): void {
    const { doc } = this;
    for (let s = 0; s < doc.sentStart.length; s++) {
      if (!doc.headline[s] || this.bySent.has(s) || doc.sentStart[s] < 0) continue;
      const from = doc.sentStart[s];
      const to = doc.sentEnd[s] - 1;
      for (let k = to; k > from; k--) {
        const t = doc.tokens[k];
        if (t.text !== ':' && t.text !== '–' && t.text !== '—') continue;
        const after = doc.tokens.slice(k + 1, to + 1);
        const before = doc.tokens.slice(from, k);
        if (after.length && after.length <= 5 && after.every((x) => x.kind === 'w')) this.add(k + 1, phrase(doc, k + 1, to));
        else if (t.text === ':' && before.length && before.length <= 4 && before.every((x) => x.kind === 'w')) this.add(from, phrase(doc, from, k - 1));
        break;
      }
    }
  }

  /**
   * The source of a claim at token `tok`: its sentence's, a quotation's, that of the sentence
   * before when this one goes on with it ("These include …", "For instance, …"), else the body
   * issuing the report.
   */
  /** The extractor found a claim in this sentence. */
  noteClaim(sent: number): void {
    this.claimed.add(sent);
    if (!this.doc.headline[sent] && sent < this.firstClaimed) this.firstClaimed = sent;
  }

  /** The first sentence outside the headlines that names a source (read once). */
  private firstBodySource(): number {
    if (this.firstSaid === undefined) {
      this.firstSaid = Infinity;
      for (const s of this.bySent.keys()) if (!this.doc.headline[s] && s < this.firstSaid) this.firstSaid = s;
    }
    return this.firstSaid;
  }

  claimantAt(tok: number): string | null {
    const near = this.claimantNear(tok);
    if (near) return near;
    const sent = this.doc.tokens[tok].sent;
    return this.goesOnFrom(sent, 3) ?? this.paragraphSource(sent) ?? this.saidJustBefore(sent) ?? this.takesUp(sent) ?? this.issuer;
  }

  /**
   * "Somalia accounted for seven of those deaths": a sentence that takes up with "of those" or "of
   * these" what the sentence before counted goes on with that sentence's source.
   */
  private takesUp(sent: number): string | null {
    const { doc } = this;
    if (sent === 0 || doc.sentStart[sent] < 0 || doc.quoted[sent] || doc.headline[sent - 1]) return null;
    const { tokens } = doc;
    // "But at least 86 others were executed": a sentence opening with "But" goes on with the one before.
    let refers = /^(But|And)$/.test(tokens[doc.sentStart[sent]].text);
    for (let k = doc.sentStart[sent]; k < doc.sentEnd[sent] - 1; k++) {
      if (tokens[k].lower === 'of' && /^(those|these)$/.test(tokens[k + 1].lower) && tokens[k + 2]?.kind === 'w') refers = true;
    }
    if (!refers) return null;
    const list = this.bySent.get(sent - 1);
    const cue = list?.at(-1);
    return cue && !PRONOUNS.has(cue.claimant.toLowerCase()) ? cue.claimant : null;
  }

  /**
   * "…, Human Rights Watch said today. ¶ An armed drone dropped three bombs, killing at least 57":
   * a sentence with no source of its own that comes right after one whose source says what it
   * says goes on with that source, in the same paragraph or after a lead of one sentence.
   */
  private saidJustBefore(sent: number): string | null {
    const { doc } = this;
    const first = doc.sentStart[sent];
    const prevFirst = doc.sentStart[sent - 1];
    if (sent === 0 || first < 0 || prevFirst === undefined || prevFirst < 0 || doc.headline[sent - 1] || doc.quoted[sent]) return null;
    const list = this.bySent.get(sent - 1);
    if (!list) return null;
    const para = doc.tokens[first].para;
    const prevPara = doc.tokens[prevFirst].para;
    // "The Red Crescent said 900 people are dead. As many as 3,000 are believed dead.": a sentence
    // that gave its own figures does not speak for the one after it in its paragraph.
    if (prevPara === para && this.claimed.has(sent - 1)) return null;
    if (prevPara !== para) {
      // The lead, a paragraph of one sentence that opens the body: only headlines, and no claim
      // or source, before it.
      const before = doc.sentStart[sent - 2];
      if (before !== undefined && before >= 0 && doc.tokens[before].para === prevPara) return null;
      if (this.firstBodySource() < sent - 1 || this.firstClaimed < sent - 1) return null;
    }
    const cue = list[list.length - 1];
    return PRONOUNS.has(cue.claimant.toLowerCase()) ? null : cue.claimant;
  }

  /** "According to X, …" opening a paragraph speaks for the sentences after it in that paragraph. */
  private paragraphSource(sent: number): string | null {
    const { doc } = this;
    const para = doc.tokens[doc.sentStart[sent]]?.para;
    let s = sent;
    while (s > 0 && doc.sentStart[s - 1] >= 0 && doc.tokens[doc.sentStart[s - 1]].para === para) s--;
    if (s === sent) return null;
    const first = doc.sentStart[s];
    const opens = (doc.tokens[first].lower === 'according' && doc.tokens[first + 1]?.lower === 'to') || (doc.tokens[first].lower === 'as' && doc.tokens[first + 1]?.lower === 'per');
    return opens ? (this.bySent.get(s)?.[0]?.claimant ?? null) : null;
  }

  /** The source of the sentences before that this one goes on with, back over up to `depth` of them. */
  private goesOnFrom(sent: number, depth: number): string | null {
    const { doc } = this;
    const first = doc.sentStart[sent];
    if (first < 0 || sent === 0 || depth === 0) return null;
    const opening = doc.text.slice(doc.tokens[first].start, doc.tokens[first].start + 20);
    const prevFirst = doc.sentStart[sent - 1];
    if (!CONTINUES.test(opening) || prevFirst < 0 || doc.tokens[prevFirst].para !== doc.tokens[first].para) return null;
    const list = this.bySent.get(sent - 1);
    if (list) return list[list.length - 1].claimant;
    return this.goesOnFrom(sent - 1, depth - 1);
  }

  private claimantNear(tok: number): string | null {
    const { doc } = this;
    const sent = doc.tokens[tok].sent;
    const own = this.inSentence(sent, tok);
    if (own) return own;
    if (!doc.quoted[sent]) return null;
    // A quotation that runs over several sentences: the cue that closes it, else the one that opened it.
    const para = doc.tokens[tok].para;
    for (let s = sent + 1; s < doc.sentStart.length && doc.tokens[doc.sentStart[s]]?.para === para; s++) {
      const list = this.bySent.get(s);
      if (list) return list[0].claimant;
    }
    let s = sent - 1;
    for (; s >= 0 && doc.tokens[doc.sentStart[s]]?.para === para; s--) {
      const list = this.bySent.get(s);
      if (list) return list[list.length - 1].claimant;
    }
    // A paragraph that only goes on quoting: the speaker of the paragraph before, when that one quoted too
    // (over a line of bare marks between them, "|").
    const firstOfPara = doc.tokens[doc.sentStart[s + 1]];
    while (s > 0 && doc.sentStart[s] >= 0 && doc.tokens.slice(doc.sentStart[s], doc.sentEnd[s]).every((x) => x.kind === 'p' && !QUOTE_OPEN.test(x.text))) s--;
    if (s >= 0 && firstOfPara && QUOTE_OPEN.test(firstOfPara.text) && doc.quoted[s]) {
      const list = this.bySent.get(s);
      if (list) return list[list.length - 1].claimant;
    }
    return null;
  }

  private inSentence(sent: number, tok: number): string | null {
    const list = this.bySent.get(sent);
    if (!list) return null;
    let before: EnCue | null = null;
    // "X said that … the M23 had told people …": a cue opening a clause of what was said holds the sentence.
    for (const c of list) if (c.tok < tok && !(before && this.doc.tokens[before.tok + 1]?.lower === 'that')) before = c;
    if (before) return before.claimant;
    // "… 4,000 pouring in to escape violence that refugees say …, the UN refugee agency said.":
    // the cue closing the sentence speaks for it, not one inside a clause within it.
    const end = this.doc.sentEnd[sent];
    const closing = list.find((c) => c.tok > tok && end - c.tok <= 6);
    return (closing ?? list.find((c) => c.tok > tok) ?? null)?.claimant ?? null;
  }
}

export type { EnToken };
