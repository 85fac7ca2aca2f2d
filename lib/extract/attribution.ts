/**
 * Who makes each statement: the subject of a reporting verb (after it, or before it in
 * "رئيس الوزراء أعلن"), the source after "بحسب/وفق/نقلاً عن", the owner of a quotation, and
 * for a verb with no subject (وأضاف، وأوضح أن) the last speaker of the same gender.
 */
import { verbTest } from './verb-forms';
import type { Doc } from './document';
import { normalizeKey } from './normalize';
import { cueAt, cuePrefix, isNegated, POINTERS, verbWithObject, type Cue, type Gender } from './reporting-verbs';
import { issuerOf, openingSubject, renderSource, subjectAfter, subjectBefore, type NounPhrase } from './source-phrases';
import { isAddressee, LAM_CUES, SETTING_NOUNS, SUBJECT_STOPS, TIME_WORDS } from './source-words';
import { isTableLine, speakerLabel, standaloneSpeaker } from './table-lines';

interface Attribution {
  tok: number;
  claimant: string;
  /** May attribute a number earlier in its sentence: "…، قالت الوزارة" or "…، بحسب الأمم المتحدة". */
  trailing: boolean;
  /**
   * "…، وفقا لـX، بينما …، بحسب Y": an "according to" inside the sentence closes what came before
   * it; a number after it goes to a later source when there is one.
   */
  closing: boolean;
  /** "بحسب"، "وفق": an according-to, which after a number gives its own clause a source. */
  according?: boolean;
  /** A reporting verb whose subject the text names: "أوضحت المؤسسات"، "وأفادت الوزارة". */
  namedVerb?: boolean;
  /** A verb whose statement opens with أن: "وأوضح المكتب أن …". */
  statement?: boolean;
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

/** Words between "بحسب" and the source: بحسب ما، وفقاً لـ، نقلاً عن، استناداً إلى، جاء (ذلك) في. */
const LINKS = new Set(['ما', 'لما', 'ل', 'عن', 'الي', 'علي', 'في', 'ذلك', 'هذا', 'خلال']);
/** "بحسب ما أعلنته"، "وفقاً لما أعلنته": ما before a verb that carries its object. */
const WHAT = new Set(['ما', 'لما', 'وما']);
/** "وبلغ عدد …"، "ووصل عدد …": a sentence giving a further figure. */
const AMOUNTS_TO = new Set(['وبلغ', 'وبلغت', 'ووصل', 'ووصلت', 'وارتفع', 'وارتفعت']);
const DASHES = new Set(['-', '–', '—']);
const COMPLEMENTISERS = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'بانهم']);
/** What may stand between a verb and the أن of its statement: أشار إلى أن، شدد على أن، في بيان. */
const STATEMENT_LEAD = new Set(['في', 'الي', 'علي', 'من', '،', ',']);
/** How many unnamed sources back "المصدر" may take up. */
const RESOLVE_REACH = 20;
/** Words that open a new clause within a sentence. */
const CLAUSE_LINKS = new Set(['فيما', 'بينما', 'حين', 'لكن', 'ولكن']);
/** "غير أن"، "إلا أن": "however", not "that": what follows is a new clause, not reported speech. */
const CONTRASTIVE = new Set(['غير', 'الا', 'بيد']);
const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي']);
/** Verbs of recording, whose subject an opening "بحسب X" reports on: رصد، وثق، سجل، أحصى. */
const isRecording = verbTest('رصد/يرصد وثق/يوثق سجل/يسجل أحصى/يحصي');
/** قدّر and its forms, and the count it estimates: "قدّرت العدد"، "يقدّر الحصيلة"، "قدّر عدد القتلى". */
const isEstimate = verbTest('قدر/يقدر');
const COUNT_OBJECTS = /^(ال)?(عدد|اعداد|حصيله|رقم|ارقام|كلفه|تكلفه|خسائر|اضرار)$/;
/** "نقلت قناة X عن مراسلها": a source named only by a pronoun is the carrier's own. */
const POSSESSIVE = /(ها|هم|ه)$/;

/** How many lines a speaker standing alone on its line speaks for. */
const BLOCK_LINES = 4;

export class Attributions {
  private readonly bySent = new Map<number, Attribution[]>();
  private readonly quotes: QuoteOwner[] = [];
  private readonly speakers: Speaker[] = [];
  /** Every unnamed source ("مصدر أمني") with its head noun, in text order. */
  private readonly named: { head: string; text: string }[] = [];
  /** Per paragraph: the speaker named by a label opening it ("الضيف:"), or the source of its table. */
  private readonly lineSource = new Map<number, string>();
  /** A speaker standing on a line of its own, and how many lines under it have been read. */
  private block: { text: string; lines: number } | null = null;

  constructor(private readonly doc: Doc) {
    const { tokens } = doc;
    let tableSource: string | null | undefined;
    for (let i = 0; i < tokens.length; i++) {
      if (i === 0 || tokens[i - 1].text === '\n') tableSource = this.lineOpens(i, tableSource);
      const cue = cueAt(doc, i);
      if (cue && !isNegated(doc, i)) this.record(i, cue);
    }
  }

  /**
   * At the start of a line, token i: a speaker's label ("الضيف: …"، "وزارة الصحة في غزة: …")
   * names who says what the line says; the lines of a table ("القتلى: 112") take the source the
   * line before the table names ("الحصيلة الأولية، وفق X:"), else the last source named before.
   * Returns the table's source, once known, for the next line.
   */
  private lineOpens(i: number, tableSource: string | null | undefined): string | null | undefined {
    const { doc } = this;
    const para = doc.paraOf[doc.tokens[i].sent];
    if (isTableLine(doc, i)) {
      if (tableSource === undefined) tableSource = this.lastSource(i);
      if (tableSource) this.lineSource.set(para, tableSource);
      return tableSource;
    }
    if (doc.tokens[i].text === '\n') return tableSource;
    const alone = standaloneSpeaker(doc, i);
    if (alone) {
      let cue = false;
      for (let k = alone[0]; k < alone[1] && !cue; k++) cue = cueAt(doc, k) !== null;
      this.block = cue ? null : { text: renderSource(doc, [alone[0], alone[1], 0]), lines: 0 };
      return undefined;
    }
    const label = speakerLabel(doc, i);
    // A live blog's lines under a speaker alone on its line, up to the next speaker: what that speaker says.
    if (label) this.block = null;
    else if (this.block && ++this.block.lines <= BLOCK_LINES && !this.lineSource.has(para)) this.lineSource.set(para, this.block.text);
    else if (this.block && this.block.lines > BLOCK_LINES) this.block = null;
    if (label && !doc.headline[doc.tokens[i].sent]) {
      let cue = false;
      for (let k = label[0]; k < label[1] && !cue; k++) cue = cueAt(doc, k) !== null;
      if (!cue) {
        const text = renderSource(doc, [label[0], label[1], 0]);
        this.lineSource.set(para, text);
        this.speakers.push({ text, gender: '?', para });
      }
    }
    return undefined;
  }

  /** The source named last before token i: in the line before a table, or earlier. */
  private lastSource(i: number): string | null {
    const sent = this.doc.tokens[i].sent;
    for (let s = sent - 1; s >= 0 && s >= sent - 12; s--) {
      const list = this.bySent.get(s);
      if (list?.length) return list[list.length - 1].claimant;
    }
    return null;
  }

  /**
   * The claimant of a number at token `tok`: the quotation it stands in, else the last cue before
   * it in its sentence, else a trailing cue after it ("…، بحسب X"); null when the article states it.
   */
  claimantAt(tok: number): string | null {
    const q = this.quoteAt(tok);
    if (q) return q.claimant;
    const sent = this.doc.tokens[tok].sent;
    const list = this.bySent.get(sent);
    if (!list) return this.carried(sent) ?? this.lineSource.get(this.doc.paraOf[sent]) ?? null;
    // Cues are recorded in text order: the last one before tok by binary search.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].tok < tok) lo = mid + 1;
      else hi = mid;
    }
    const later = list.slice(lo).find((a) => a.trailing);
    // "وبحسب آفاد قتل 53 ألفا، فيما قتل في سوريا 6 آلاف، وفق الأمم المتحدة": a new clause with
    // its own according-to leaves the source named before it.
    const ownClause = later?.according === true && this.linkBetween(list[lo - 1]?.tok ?? -1, tok) && !this.linkBetween(tok, later.tok);
    // "وأفادت الوزارة - في بيان أوردته الوكالة - باستشهاد 5"، "أوضحت المؤسسات، وفقا لما نقلته
    // الوكالة، أن 53": an aside between a verb and its statement names who carried it, not who said it.
    let at = lo - 1;
    while (at > 0 && this.asideOf(list, at, tok)) at--;
    if (lo > 0 && at < lo - 1 && !ownClause) return list[at].claimant;
    if (lo > 0 && !(list[lo - 1].closing && later) && !ownClause) return list[lo - 1].claimant;
    return later?.claimant ?? this.lineSource.get(this.doc.paraOf[sent]) ?? null;
  }

  /**
   * "وبحسب المفوضية، يقطن المخيم 70 ألف لاجئ. ويشكل الأطفال 55% من سكانه": an according-to
   * opening a sentence goes on over the sentences after it in its paragraph that name no source.
   */
  private carried(sent: number): string | null {
    const { paraOf } = this.doc;
    for (let s = sent - 1; s >= 0 && paraOf[s] === paraOf[sent]; s--) {
      const list = this.bySent.get(s);
      if (!list) continue;
      const first = list[0];
      // "وأوضح المكتب أن بين الأسرى 49 أسيرة. وبلغ عدد الإداريين 3613": a statement's figures run on
      // into the next sentence of its paragraph when that one opens with "وبلغ" and names no one.
      if (first.statement && s === sent - 1 && AMOUNTS_TO.has(this.doc.tokens[this.doc.sentStart[sent]].text)) return list[list.length - 1].claimant;
      return first.according && !first.closing && first.tok >= 0 ? first.claimant : null;
    }
    return null;
  }

  /**
   * "وأضاف المصدر"، "وتابع المسؤول": an unnamed source ("مصدر أمني"، "مسؤول في الجمعية") taken up
   * again by its head noun with the article is that source. A body named in full ("منظمة الصحة
   * العالمية") and then "المنظمة" keeps the short name the text gives.
   */
  private resolve(claimant: string): string {
    const key = normalizeKey(claimant);
    if (key.includes(' ') || !key.startsWith('ال')) {
      const words = key.split(' ');
      if (words.length > 1 && !words[0].startsWith('ال') && !words[1].startsWith('ال')) this.named.push({ head: words[0], text: claimant });
      return claimant;
    }
    for (let k = this.named.length - 1; k >= 0 && k >= this.named.length - RESOLVE_REACH; k--) {
      if (this.named[k].head === key.slice(2)) return this.named[k].text;
    }
    return claimant;
  }

  /**
   * Cue list[c] is an aside inside the statement of an earlier verb with a named subject, read from
   * token tok: it stands between dashes that close before tok, or it is an according-to or "ما
   * أعلنته" (whose object is ما, so no أن is its own) before the first أن after that verb, and tok
   * comes after that أن.
   */
  private asideOf(list: Attribution[], c: number, tok: number): boolean {
    const { tokens } = this.doc;
    let p = c - 1;
    while (p >= 0 && !list[p].namedVerb) p--;
    if (p < 0) return false;
    const from = list[p].tok;
    const at = list[c].tok;
    const dash = (k: number) => DASHES.has(tokens[k].text);
    let open = false;
    for (let k = from + 1; k < at && !open; k++) open = dash(k);
    if (open) for (let k = at + 1; k < tok; k++) if (dash(k)) return true;
    if (!(list[c].according || WHAT.has(tokens[at - 1]?.text ?? ''))) return false;
    for (let k = from + 1; k < tok; k++) if (COMPLEMENTISERS.has(tokens[k].text)) return k > at;
    return false;
  }

  /** Cue i follows "ما" or an opening dash after a verb of its sentence whose subject is named. */
  private asideAt(sent: number, i: number): boolean {
    const list = this.bySent.get(sent);
    const p = list?.findLast((a) => a.namedVerb);
    if (!p) return false;
    const { tokens } = this.doc;
    if (WHAT.has(tokens[i - 1]?.text ?? '')) return true;
    for (let k = p.tok + 1; k < i; k++) if (DASHES.has(tokens[k].text)) return true;
    return false;
  }

  /** A word opening a new clause (فيما، بينما، في حين، لكن) between tokens a and b, in b's sentence. */
  private linkBetween(a: number, b: number): boolean {
    const { tokens, sentStart } = this.doc;
    for (let k = Math.max(a + 1, sentStart[tokens[b].sent]); k < b; k++) if (CLAUSE_LINKS.has(tokens[k].text)) return true;
    return false;
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
    const { doc } = this;
    const sent = doc.tokens[i].sent;
    const para = doc.paraOf[sent];
    // "وبحسب الوزارة، سجلت القوات 43 خرقاً": what the forces recorded, the ministry reports.
    const opening = this.bySent.get(sent)?.[0];
    if (opening?.according && !opening.closing && cue.role === 'verb' && isRecording(doc.tokens[i].text)) return;
    const source = this.sourceOf(i, cue);
    if (source === 'not-a-statement') return;
    // "قال الجيش إن قواته رصدت …": a subject before a verb inside reported speech does not take
    // the claim from the speaker who reports it.
    if (source?.before && this.bySent.has(sent) && this.inReportedSpeech(source.span[0])) return;
    let claimant: string | null;
    let end = i + 1;
    if (source?.before && RELATIVES.has(doc.tokens[source.span[0]].text)) {
      // "وفق الأمم المتحدة، التي تقدر أن…": the relative stands for the source just named; in
      // "رقم تنفيه السلطات الإقليمية التي تتحدث عن…" for the definite noun right before it.
      const named = this.bySent.get(sent);
      const last = named?.[named.length - 1].claimant ?? null;
      const antecedent = this.antecedent(source.span[0]);
      if (antecedent && !(last && normalizeKey(last).endsWith(normalizeKey(antecedent)))) claimant = antecedent;
      else if (last) claimant = last;
      else return;
    } else if (source) {
      claimant = this.resolve(renderSource(doc, source.span));
      // "وأضاف" goes back to someone who spoke, not to a "بحسب" source.
      // "وما أعلنته إدارة السجون"، "- في بيان أوردته الوكالة -" inside another's statement: not a
      // speaker a later "وأشارت" goes back to.
      if ((cue.role !== 'according' || cue.speaks) && !this.asideAt(sent, i)) this.speakers.push({ text: claimant, gender: source.gender, para });
      end = Math.max(end, source.span[1]);
    } else {
      // "ورصد 12 خرقا": with no subject and its object straight after, the verb may be a passive
      // (رُصد); only a speaker of the same paragraph is carried on to it.
      // "وأشارت إلى استشهاد 6" opening a paragraph goes on with the speaker of the one before.
      const reach = cue.role === 'participle' ? 1 : this.opensStatement(i) ? 2 : this.opensParagraph(i) ? 1 : 0;
      claimant = cue.role === 'according' ? null : this.continuation(cue.gender, para, reach);
    }
    // No one to name: the sentence keeps whatever attribution it already has.
    if (claimant === null) return;
    const list = this.bySent.get(sent) ?? [];
    list.push({
      tok: i,
      claimant,
      trailing: this.isTrailing(i, cue),
      closing: this.isClosing(i, cue),
      according: cue.role === 'according',
      namedVerb: cue.role === 'verb' && source !== null && !source.before,
      statement: cue.role === 'verb' && this.opensStatement(end - 1),
    });
    this.bySent.set(sent, list);
    this.ownQuote(end, sent, claimant);
    if (cue.role === 'according' && POINTERS.has(doc.tokens[i + 1]?.text ?? '')) this.pointBack(sent, claimant);
  }

  /** The definite words right before a relative pronoun at `rel` ("السلطات الإقليمية التي"), if any. */
  private antecedent(rel: number): string | null {
    const { tokens } = this.doc;
    let k = rel;
    while (k - 1 >= 0 && tokens[k - 1].sent === tokens[rel].sent && tokens[k - 1].kind === 'w' && tokens[k - 1].text.startsWith('ال') && rel - k < 4) k--;
    return k < rel ? renderSource(this.doc, [k, rel, 0]) : null;
  }

  /** The subject at token `first` follows "إن/أن" (not "غير أن"): it opens reported speech. */
  private inReportedSpeech(first: number): boolean {
    const { tokens } = this.doc;
    // إن "الحصيلة المؤقتة تشير …": a quotation may open between "إن" and the subject.
    const at = this.doc.closeOf[first - 1] >= 0 ? first - 1 : first;
    const prev = tokens[at - 1];
    if (!prev || prev.sent !== tokens[first].sent || !COMPLEMENTISERS.has(prev.text)) return false;
    return !CONTRASTIVE.has(tokens[at - 2]?.text ?? '');
  }

  /**
   * "جاء ذلك في بيان لوزارة الدفاع": the source of what was just reported, in this paragraph
   * or, when the remark opens a paragraph, the one before. Sentences with a source keep it.
   */
  private pointBack(sent: number, claimant: string): void {
    const { paraOf } = this.doc;
    let para = paraOf[sent];
    for (let s = sent - 1; s >= 0; s--) {
      if (paraOf[s] !== para) {
        if (s + 1 < sent && paraOf[s + 1] === paraOf[sent]) break;
        para = paraOf[s];
      }
      if (!this.bySent.has(s)) this.bySent.set(s, [{ tok: -1, claimant, trailing: true, closing: false }]);
    }
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
      // "وكانت الحكومة قد اتهمت الجماعة"، "أما الاتحاد فقال": the subject stands before the verb.
      if (cue.purpose) return named(openingSubject(doc, i), cue.gender) ?? named(subjectBefore(doc, i), cue.gender, true);
      const first = BEFORE_FIRST.has(tokens[i - 1]?.text ?? '') || cuePrefix(tokens[i].text) === 'ف';
      const before = first ? subjectBefore(doc, i) : null;
      if (before) return named(before, cue.gender, true);
      const after = subjectAfter(doc, i + 1, { transitive: cue.transitive, about: cue.about, verb: true });
      // "لكن المفوضية قدّرت العدد بنحو…": what is estimated is the object, not the subject.
      if (after && !(isEstimate(tokens[i].text) && COUNT_OBJECTS.test(tokens[after[0]].text))) return named(after, cue.gender);
      // "السلطات الإقليمية التي تتحدث عن…": with no subject after it, the relative before the verb is its subject.
      if (RELATIVES.has(tokens[i - 1]?.text ?? '') && tokens[i - 1].sent === sent) return named([i - 1, i, 0], cue.gender, true);
      // "أصدرت قيادة الجيش بياناً أحصت فيه…": an indefinite document before the verb is the object of
      // the sentence's opening verb, and the verb describing it shares that verb's subject.
      const prior = subjectBefore(doc, i);
      if (prior && isDocumentObject(doc, prior[1] - 1)) {
        // "نشرت المنظمة تقريراً وثقت فيه": the subject before the document is the issuer's.
        return named(prior[1] - 1 > prior[0] ? [prior[0], prior[1] - 1, prior[2]] : issuerOf(doc, prior[0]), cue.gender);
      }
      return named(prior, cue.gender, true) ?? named(openingSubject(doc, i), cue.gender);
    }
    if (cue.role === 'transmit') {
      // "نقلت X عن Y": Y spoke. Without عن, نقل is "carried" (نقل الجرحى إلى المستشفى).
      const carrier = subjectAfter(doc, i + 1, { transmit: true });
      let k = carrier ? carrier[1] : i + 1;
      // "نقلت «فرانس برس» عن …": the carrier's name in quotation marks ends before its closing mark.
      if (carrier && tokens[k]?.sent === sent && CLOSING_MARKS.has(tokens[k].text)) k++;
      // "نقلت وكالة "باختر" الرسمية أن الحكومة خصصت…": the carrier reports it.
      let that = k;
      while (carrier && that < k + 2 && tokens[that]?.sent === sent && tokens[that].text.startsWith('ال')) that++;
      if (carrier && COMPLEMENTISERS.has(tokens[that]?.text ?? '') && tokens[that].sent === sent) {
        return named([carrier[0], that === k ? carrier[1] : that, carrier[2]], cue.gender);
      }
      // "نقلت قناة "المسيرة" التابعة للحوثيين عن…": an adjective of allegiance and its لـ follow the carrier.
      let about = k;
      if (carrier && ALLEGIANCE.test(tokens[k]?.text ?? '') && tokens[k].sent === sent) {
        about = k + 1;
        while (about < k + 4 && tokens[about]?.sent === sent && tokens[about].kind === 'w' && tokens[about].text !== 'عن') about++;
      }
      // "نقلت نشرة الأخبار على قناة MRT الرسمية، عن المتحدث …": the carrier's name runs on to a comma before عن.
      if (carrier && tokens[about]?.text !== 'عن') {
        let j = about;
        while (j < about + 6 && tokens[j]?.sent === sent && tokens[j].text !== '،' && tokens[j].text !== ',' && tokens[j].kind !== 'n' && tokens[j].text !== 'عن') j++;
        if ((tokens[j]?.text === '،' || tokens[j]?.text === ',') && tokens[j + 1]?.text === 'عن' && tokens[j + 1].sent === sent) about = j + 1;
      }
      if (tokens[about]?.text !== 'عن' || tokens[about].sent !== sent) return 'not-a-statement';
      const speaker = subjectAfter(doc, about + 1, { transmit: true });
      const ownPeople = speaker && carrier && POSSESSIVE.test(tokens[speaker[0]].text) && tokens[speaker[0]].text.length > 4;
      return named(ownPeople ? null : speaker, '?') ?? named(carrier, cue.gender);
    }
    let k = i + 1;
    while (tokens[k]?.sent === sent && LINKS.has(tokens[k].text)) k++;
    const verb = tokens[k] ? (cueAt(doc, k) ?? (k > i + 1 && WHAT.has(tokens[k - 1].text) ? verbWithObject(tokens[k].text) : null)) : null;
    if (verb?.role === 'verb') return named(subjectAfter(doc, k + 1), verb.gender);
    // وفقاً لـ / طبقاً لـ: the ل belongs to the cue, not to the name (وفقا لوزارة الصحة).
    const word = tokens[i].text;
    const lam = k > i + 1 || LAM_CUES.has(word) || LAM_CUES.has(word.slice(1));
    const source = subjectAfter(doc, k, { lam });
    if (source && source[2] < 0) {
      // "وفق حصيلة أعلنتها وزارة الصحة": the verb after the document names the source.
      const next = tokens[source[1]] ? cueAt(doc, source[1]) : null;
      if (next?.role === 'verb') return named(subjectAfter(doc, source[1] + 1) ?? source, next.gender);
    }
    return named(source, '?');
  }

  /**
   * "وأضاف أن…"، "وتابع: «…»"، "وأوضح في بيان أن…": the verb opens a statement (past a setting, a
   * time or an audience), rather than taking an object straight after it.
   */
  /** Token i, or i after و written apart, is the first word of its paragraph. */
  private opensParagraph(i: number): boolean {
    const { tokens, sentStart, paraOf } = this.doc;
    const sent = tokens[i].sent;
    const first = sentStart[sent];
    if (first !== i && !(first === i - 1 && tokens[first].text === 'و')) return false;
    return sent > 0 && paraOf[sent - 1] !== paraOf[sent];
  }

  private opensStatement(i: number): boolean {
    const { tokens } = this.doc;
    const sent = tokens[i].sent;
    let k = i + 1;
    while (tokens[k]?.sent === sent && k < i + 6) {
      const w = tokens[k].text;
      if (COMPLEMENTISERS.has(w) || w === ':' || this.doc.closeOf[k] >= 0) return true;
      if (STATEMENT_LEAD.has(w) || SETTING_NOUNS.has(w) || TIME_WORDS.has(w) || isAddressee(w)) k++;
      else return false;
    }
    return false;
  }

  /** "…، قالت الوزارة" or "…، بحسب الأمم المتحدة": the source comes after the number. */
  private isTrailing(i: number, cue: Cue): boolean {
    if (cue.role === 'according') return true;
    const t = this.doc.tokens[i];
    if (cuePrefix(t.text) !== '') return false;
    const prev = this.doc.tokens[i - 1];
    // "…، قالت الوزارة"، "كما أعلنت"، "على ما أعلن المجلس": the verb looks back at the number.
    const back = prev?.sent === t.sent && (prev.text === '،' || prev.text === ',' || prev.text === 'كما' || prev.text === 'حسبما' || prev.text === 'ما');
    // "…، تشير التقديرات إلى أن …": a verb opening a statement of its own does not.
    return back && !(cue.role === 'verb' && (prev.text === '،' || prev.text === ',') && this.opensOwnStatement(i));
  }

  /** "تشير التقديرات إلى أن": "أن" a few words after the verb opens what it reports. */
  private opensOwnStatement(i: number): boolean {
    const { tokens } = this.doc;
    for (let k = i + 1; k < i + 6 && tokens[k]?.sent === tokens[i].sent; k++) {
      if (COMPLEMENTISERS.has(tokens[k].text)) return true;
      if (tokens[k].kind !== 'w') return false;
    }
    return false;
  }

  /** "…، وفقا لـX،" inside a sentence, not opening it ("وبحسب X،" or "بحسب X،" at its start). */
  private isClosing(i: number, cue: Cue): boolean {
    if (cue.role !== 'according' || cue.speaks) return false;
    const { tokens, sentStart } = this.doc;
    const t = tokens[i];
    if (cuePrefix(t.text) !== '') return false;
    for (let k = sentStart[t.sent]; k < i; k++) if (tokens[k].kind !== 'p') return true;
    return false;
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
  private continuation(gender: Gender, para: number, reach: number): string | null {
    let found: Speaker | null = null;
    for (let k = this.speakers.length - 1; k >= 0 && k >= this.speakers.length - 20; k--) {
      const s = this.speakers[k];
      if (para - s.para > reach) break;
      if (gender === '?' || gender === 'p' || s.gender === '?' || s.gender === 'p' || s.gender === gender) {
        found = s;
        break;
      }
    }
    if (!found) return null;
    this.speakers.push({ ...found, para });
    return found.text;
  }
}

/** التابعة، الموالية، المقربة: a carrier's allegiance, "التابعة للحوثيين"، "المقربة من الحكومة". */
const ALLEGIANCE = /^(التابع|الموالي|المقرب|الناطق|الرسمي)[ةه]?$/;

const CLOSING_MARKS = new Set(['»', '"', '”', '″', "'"]);

/** "كانت الوزارة قد أعلنت": قد before the verb puts its subject in front. */
const BEFORE_FIRST = new Set(['قد', 'فقد', 'لقد']);

/** "بياناً"، "تقريراً": a document named indefinitely in the accusative, the object of a verb before it. */
function isDocumentObject(doc: Doc, tok: number): boolean {
  const word = doc.tokens[tok].text;
  return word.endsWith('ا') && !word.startsWith('ال') && SETTING_NOUNS.has(word.slice(0, -1));
}
