/**
 * English text as the English extractor reads it: words, digit groups and marks with their
 * offsets into the exact text, sentences and paragraphs, and which lines are headlines.
 */
export interface EnToken {
  /** w: word (hyphen and apostrophe inside), n: digits with , or . inside, p: one other character. */
  kind: 'w' | 'n' | 'p';
  text: string;
  lower: string;
  start: number;
  end: number;
  sent: number;
  para: number;
}

export interface EnDoc {
  text: string;
  tokens: EnToken[];
  sentStart: number[];
  sentEnd: number[];
  /** Per sentence: 1 on a short line with no full stop (a title, a headline with its source after a colon). */
  headline: Uint8Array;
  /** Per sentence: 1 when it opens inside a quotation or holds a quotation mark. */
  quoted: Uint8Array;
  /** Per sentence: 1 in a block of other articles' headlines ("Keep reading", "Also read | …"). */
  related: Uint8Array;
}

/** A line that opens a block of links to other articles, or is one ("Also read | …"). */
const RELATED_OPENER = /^(keep reading|read more|related( (articles|stories|posts|news|content))?|see also|also read|read also|more from\b.*|more(?=\s*:)|recommended( for you)?|you may also like|more stories|most popular|don'?t miss|list of \d+ items)\s*[:|]?/i;

/** Per line: 1 for the opener of a related-links block and the short unstopped lines under it. */
function relatedLines(text: string): Uint8Array {
  const lines = text.split('\n');
  const out = new Uint8Array(lines.length);
  let open = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (RELATED_OPENER.test(l)) {
      out[i] = 1;
      open = !/[|:]\s*\S/.test(l) || /^list of/i.test(l);
      continue;
    }
    if (open && l && l.length <= 140 && !/[.!?"”]$/.test(l)) out[i] = 1;
    else if (l) open = false;
  }
  return out;
}

/** "Kh-59", "Su-27", "Shahed-136": a name with digits after its hyphen is one word, not a count. */
/** "M23", "G7": letters with digits right after them are a name too. */
const TOKEN = /\d+(?:[.,]\d+)*|(?:[A-Z]\.){2,}(?![A-Za-z])|[A-Za-z\u00C0-\u024F]+\d*(?:['’][A-Za-z\u00C0-\u024F]+|\.[a-z]+|-[A-Za-z\u00C0-\u024F0-9]+)*|\n|[^\s]/gu;
/** Words a full stop follows without ending the sentence. */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'vs',
  'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'prof', 'jr', 'sr', 'inc', 'co', 'corp', 'ltd', 'u.s', 'u.n', 'approx', 'est', 'fig',
]);
const QUOTE_MARKS = new Set(['"', '“', '”', '„']);

/**
 * Wire copy kept at its teletype width ("reporting four civilians and one\nsoldier killed"):
 * most lines run 35 to 90 characters and stop mid-sentence. In such a text a single line end
 * with no stop before it is a space, not a new paragraph.
 */
function hardWrapped(text: string): boolean {
  const lines = text.split('\n');
  let full = 0;
  let open = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (!l) continue;
    full++;
    if (l.length >= 35 && l.length <= 90 && !/[.!?:"”’)]$/.test(l) && lines[i + 1]?.trim()) open++;
  }
  return open >= 4 && open >= full * 0.4;
}

/** A line end inside a sentence: no stop before it, text right after it, and a wrapped text or a lower-case word next. */
function softBreak(text: string, at: number, wrapped: boolean, prev: EnToken | undefined): boolean {
  if (!prev || prev.kind === 'p' && /[.!?:"”’]/.test(prev.text)) return false;
  const next = text.charAt(at + 1);
  if (!next || next === '\n' || next === '\r' || /\s/.test(next)) return false;
  if (/[a-z]/.test(next)) return wrapped || text.lastIndexOf('\n', at - 1) < at - 35;
  return wrapped && at - text.lastIndexOf('\n', at - 1) > 35;
}

export function buildEnDoc(text: string): EnDoc {
  const tokens: EnToken[] = [];
  const wrapped = hardWrapped(text);
  const lineOf: number[] = [];
  const lineStop: boolean[] = [];
  let sent = 0;
  let para = 0;
  let line = 0;
  let endAfterQuote = false;
  const endSentence = () => {
    if (tokens.length && tokens[tokens.length - 1].sent === sent) sent++;
  };
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    if (endAfterQuote) {
      endAfterQuote = false;
      if (!(t === '"' || t === '”' || t === '’')) endSentence();
      else {
        tokens.push({ kind: 'p', text: t, lower: t, start: m.index!, end: m.index! + 1, sent, para });
        lineOf.push(line);
        endSentence();
        continue;
      }
    }
    if (t === '\n') {
      if (softBreak(text, m.index!, wrapped, tokens[tokens.length - 1])) continue;
      endSentence();
      line++;
      para++;
      continue;
    }
    const c = t.charCodeAt(0);
    const kind: EnToken['kind'] = c >= 48 && c <= 57 ? 'n' : /[A-Za-z\u00C0-\u024F]/u.test(t[0]) ? 'w' : 'p';
    tokens.push({ kind, text: t, lower: t.toLowerCase(), start: m.index!, end: m.index! + t.length, sent, para });
    lineOf.push(line);
    if (kind === 'p' && (t === '.' || t === '!' || t === '?')) {
      const prev = tokens[tokens.length - 2];
      const abbreviation = t === '.' && prev !== undefined && prev.kind === 'w' && (ABBREVIATIONS.has(prev.lower) || /^[A-Za-z]$/.test(prev.text));
      // "by ... ambulance": a stop followed by a lower-case word or another stop does not end the sentence.
      const next = /^[\s"“”’')\]]*(.)/u.exec(text.slice(m.index! + 1, m.index! + 12));
      const nextChar = next?.[1] ?? '';
      const continues = nextChar === '.' || (nextChar !== '' && /[a-z,;]/.test(nextChar));
      if (!abbreviation && !continues) {
        lineStop[line] = true;
        endAfterQuote = true;
      }
    }
  }
  const sentences = tokens.length ? tokens[tokens.length - 1].sent + 1 : 0;
  const sentStart: number[] = new Array(sentences).fill(-1);
  const sentEnd: number[] = new Array(sentences).fill(0);
  tokens.forEach((tk, i) => {
    if (sentStart[tk.sent] < 0) sentStart[tk.sent] = i;
    sentEnd[tk.sent] = i + 1;
  });
  const headline = new Uint8Array(sentences);
  const quoted = new Uint8Array(sentences);
  const related = new Uint8Array(sentences);
  const relatedLine = /(keep reading|read more|related|see also|also read|read also|more from|more\s*:|recommended|may also like|more stories|most popular|miss|items)/i.test(text) ? relatedLines(text) : null;
  const lineNo = relatedLine ? lineNumbers(text, tokens) : null;
  let open = false;
  let lastPara = -1;
  for (let s = 0; s < sentences; s++) {
    if (sentStart[s] < 0) continue;
    const first = tokens[sentStart[s]];
    if (first.para !== lastPara) open = false;
    lastPara = first.para;
    let words = 0;
    let marks = open;
    for (let k = sentStart[s]; k < sentEnd[s]; k++) {
      if (tokens[k].kind !== 'p') words++;
      if (QUOTE_MARKS.has(tokens[k].text)) {
        marks = true;
        open = tokens[k].text === '“' ? true : tokens[k].text === '”' ? false : !open;
      }
    }
    quoted[s] = marks ? 1 : 0;
    if (relatedLine && lineNo && relatedLine[lineNo[sentStart[s]]]) related[s] = 1;
    headline[s] = !lineStop[lineOf[sentStart[s]]] && words <= 24 ? 1 : 0;
  }
  return { text, tokens, sentStart, sentEnd, headline, quoted, related };
}

/** The line (of the text split at every line end) each token stands on. */
function lineNumbers(text: string, tokens: readonly EnToken[]): Int32Array {
  const out = new Int32Array(tokens.length);
  let line = 0;
  let at = 0;
  for (let i = 0; i < tokens.length; i++) {
    for (let nl = text.indexOf('\n', at); nl !== -1 && nl < tokens[i].start; nl = text.indexOf('\n', nl + 1)) {
      line++;
      at = nl + 1;
    }
    out[i] = line;
  }
  return out;
}
