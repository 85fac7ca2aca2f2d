/**
 * Who makes each statement: the subject of a reporting verb (after it, or before it in
 * "رئيس الوزراء أعلن"), the source after "بحسب/وفق/نقلاً عن", the owner of a quotation, and
 * for a verb with no subject (وأضاف، وأوضح أن) the last speaker of the same gender.
 */
import type { Doc } from './document';
import { cueAt, type Cue, type Gender } from './reporting-verbs';
import { renderSource, subjectAfter, subjectBefore, type NounPhrase } from './source-phrases';
import { LAM_CUES, SUBJECT_STOPS } from './source-words';

interface Attribution {
  tok: number;
  claimant: string;
  /** May attribute a number earlier in its sentence: "…، قالت الوزارة" or "…، بحسب الأمم المتحدة". */
  trailing: boolean;
}

interface QuoteOwner {
  from: number;
  to: number;
  claimant: string;
}

interface Speaker {
  text: string;
  gender: Gender;
  para: number;
}

interface Source {
  span: NounPhrase;
  gender: Gender;
  /** Named before its verb (SVO). */
  before: boolean;
}

/** Words between "بحسب" and the source: بحسب ما، وفقاً لـ، نقلاً عن، استناداً إلى، جاء في. */
const LINKS = new Set(['ما', 'ل', 'عن', 'الي', 'علي', 'في']);
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها']);

export class Attributions {
  private readonly bySent = new Map<number, Attribution[]>();
  private readonly quotes: QuoteOwner[] = [];
  private readonly speakers: Speaker[] = [];
  private para = 0;

  constructor(private readonly doc: Doc) {
    const { tokens } = doc;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].text === '\n') this.para++;
      const cue = cueAt(doc, i);
      if (cue) this.record(i, cue);
    }
  }

  /**
   * The claimant of a number at token `tok`: the quotation it stands in, else the last cue before
   * it in its sentence, else a trailing cue after it ("…، بحسب X"); null when the article states it.
   */
  claimantAt(tok: number): string | null {
    const q = this.quoteAt(tok);
    if (q) return q.claimant;
    const list = this.bySent.get(this.doc.tokens[tok].sent);
    if (!list) return null;
    // Cues are recorded in text order: the last one before tok by binary search.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].tok < tok) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) return list[lo - 1].claimant;
    return list.find((a) => a.trailing)?.claimant ?? null;
  }

  private quoteAt(tok: number): QuoteOwner | null {
    let lo = 0;
    let hi = this.quotes.length - 1;
    let found: QuoteOwner | null = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid].from <= tok) {
        found = this.quotes[mid];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found && tok <= found.to ? found : null;
  }

  private record(i: number, cue: Cue): void {
    const sent = this.doc.tokens[i].sent;
    const source = this.sourceOf(i, cue);
    if (source === 'not-a-statement') return;
    // "قال الجيش إن قواته رصدت …": a subject before a verb inside reported speech does not take
    // the claim from the speaker who reports it.
    if (source?.before && this.bySent.has(sent)) return;
    let claimant: string | null;
    let end = i + 1;
    if (source) {
      claimant = renderSource(this.doc, source.span);
      // "وأضاف" goes back to someone who spoke, not to a "بحسب" source.
      if (cue.role !== 'according') this.speakers.push({ text: claimant, gender: source.gender, para: this.para });
      end = Math.max(end, source.span[1]);
    } else {
      claimant = cue.role === 'according' ? null : this.continuation(cue.gender);
    }
    // No one to name: the sentence keeps whatever attribution it already has.
    if (claimant === null) return;
    const list = this.bySent.get(sent) ?? [];
    list.push({ tok: i, claimant, trailing: this.isTrailing(i, cue) });
    this.bySent.set(sent, list);
    this.ownQuote(end, sent, claimant);
  }

  /** The phrase naming the source of cue i, if the text names one. */
  private sourceOf(i: number, cue: Cue): Source | null | 'not-a-statement' {
    const { doc } = this;
    const { tokens } = doc;
    const sent = tokens[i].sent;
    const named = (span: NounPhrase | null, gender: Gender, before = false): Source | null =>
      span ? { span: span[2] < 0 ? [span[0], span[1], 0] : span, gender, before } : null;
    if (cue.role === 'participle') return null;
    if (cue.role === 'verb') {
      const after = subjectAfter(doc, i + 1, false);
      return after ? named(after, cue.gender) : named(subjectBefore(doc, i), cue.gender, true);
    }
    if (cue.role === 'transmit') {
      // "نقلت X عن Y": Y spoke. Without عن, نقل is "carried" (نقل الجرحى إلى المستشفى).
      const carrier = subjectAfter(doc, i + 1, true);
      const k = carrier ? carrier[1] : i + 1;
      if (tokens[k]?.text !== 'عن' || tokens[k].sent !== sent) return 'not-a-statement';
      return named(subjectAfter(doc, k + 1, true), '?') ?? named(carrier, cue.gender);
    }
    let k = i + 1;
    while (tokens[k]?.sent === sent && LINKS.has(tokens[k].text)) k++;
    const verb = tokens[k] ? cueAt(doc, k) : null;
    if (verb?.role === 'verb') return named(subjectAfter(doc, k + 1, false), verb.gender);
    // وفقاً لـ / طبقاً لـ: the ل belongs to the cue, not to the name (وفقا لوزارة الصحة).
    const word = tokens[i].text;
    const lam = k > i + 1 || LAM_CUES.has(word) || LAM_CUES.has(word.slice(1));
    const source = subjectAfter(doc, k, false, lam);
    if (source && source[2] < 0) {
      // "وفق حصيلة أعلنتها وزارة الصحة": the verb after the document names the source.
      const next = tokens[source[1]] ? cueAt(doc, source[1]) : null;
      if (next?.role === 'verb') return named(subjectAfter(doc, source[1] + 1, false) ?? source, next.gender);
    }
    return named(source, '?');
  }

  /** "…، قالت الوزارة" or "…، بحسب الأمم المتحدة": the source comes after the number. */
  private isTrailing(i: number, cue: Cue): boolean {
    if (cue.role === 'according') return true;
    const t = this.doc.tokens[i];
    if (t.text.startsWith('و') || t.text.startsWith('ف')) return false;
    const prev = this.doc.tokens[i - 1];
    return prev?.sent === t.sent && (prev.text === '،' || prev.text === ',' || prev.text === 'كما' || prev.text === 'حسبما');
  }

  /** A quotation opened just after the cue and its subject (وقالت الوزارة في بيان "…") is theirs. */
  private ownQuote(from: number, sent: number, claimant: string): void {
    const { tokens, closeOf } = this.doc;
    for (let k = from; k < from + 7 && k < tokens.length && tokens[k].sent === sent; k++) {
      if (closeOf[k] >= 0) {
        const last = this.quotes[this.quotes.length - 1];
        if (!last || last.from < k) this.quotes.push({ from: k, to: closeOf[k], claimant });
        return;
      }
      const w = tokens[k].text;
      if (tokens[k].kind === 'n' || SUBJECT_STOPS.has(w) || COMPLEMENTISERS.has(w)) return;
    }
  }

  /**
   * A verb with no subject continues the last speaker whose gender agrees with it, if that
   * speaker spoke in this paragraph or the one before. The resolved speaker is recorded again,
   * so "وأضاف … وتابع …" can run on across paragraphs.
   */
  private continuation(gender: Gender): string | null {
    let found: Speaker | null = null;
    for (let k = this.speakers.length - 1; k >= 0 && k >= this.speakers.length - 20; k--) {
      const s = this.speakers[k];
      if (this.para - s.para > 1) break;
      if (gender === '?' || gender === 'p' || s.gender === '?' || s.gender === 'p' || s.gender === gender) {
        found = s;
        break;
      }
    }
    if (!found) return null;
    this.speakers.push({ ...found, para: this.para });
    return found.text;
  }
}
