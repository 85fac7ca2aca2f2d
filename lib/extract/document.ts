/** The input as the extractor sees it: original text, normalised copy, tokens, sentences, quotations. */
import { normalizeWithMap, toOriginal } from './normalize';
import { pageLines } from './page-lines';
import { tokenize, type Token } from './tokenize';

export interface Doc {
  original: string;
  norm: string;
  map: Int32Array;
  tokens: Token[];
  /** For an opening quotation mark, the token index of its closing mark; -1 elsewhere. */
  closeOf: Int32Array;
  /** First token and end token (exclusive) of each sentence. */
  sentStart: Int32Array;
  sentEnd: Int32Array;
  /** Paragraph of each sentence; paragraphs end at line breaks (a run of them is one break). */
  paraOf: Int32Array;
  /** Per sentence: 1 inside a related-links block ("اقرأ أيضا" and the headlines under it). */
  furniture: Uint8Array;
  /** Per sentence: 1 on a short line with no full stop, the shape of a headline. */
  headline: Uint8Array;
}

const OPEN = new Set(['«', '‹']);
const CLOSE = new Set(['»', '›']);
/** Straight and curly double quotes are used both ways round in Arabic text: they toggle. */
const TOGGLE = new Set(['"', '“', '”', '„', '″']);

export function buildDoc(original: string): Doc {
  const normalized = normalizeWithMap(original);
  const norm = unwrapLines(normalized.text);
  const { map } = normalized;
  const tokens = tokenize(norm);
  const sentences = layout(tokens);
  return { original, norm, map, tokens, closeOf: pairQuotes(tokens), ...sentences, ...pageLines(tokens, sentences.paraOf.length, norm) };
}

const ARABIC_LETTER = /[\u0621-\u064a]/;
/** What may close a line that ends its sentence or stands alone (a title, a label, a list item). */
const LINE_STOP = /[.!?؟:"”»)\]|…]$/;

/**
 * Wire copy kept at a fixed width ("أعلنت\nبعثة أممية في\nاليمن، الاثنين، عن سقوط ستة قتلى"): most
 * lines stop mid-sentence, between two Arabic words. In such a text a single line end with no stop
 * before it and a word after it is a space, not a new paragraph. Returns the text, same length.
 */
export function unwrapLines(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  const lines = text.split('\n').map((l) => l.trim());
  // "… ظلت أعلى من\n30 في المئة": the next line may open with the figure.
  const runsOn = lines.map((l, i) => ARABIC_LETTER.test(l.slice(-1)) && !LINE_STOP.test(l) && /^[\u0621-\u064a0-9]/.test(lines[i + 1] ?? ''));
  // A line runs on into a sentence only if that sentence ends, with a stop, within a few lines:
  // a block of headlines under "اقرأ أيضاً" never does.
  const soft = runsOn.map((on, i) => {
    if (!on) return false;
    for (let j = i + 1; j < lines.length && j <= i + WRAP_REACH; j++) {
      if (SENTENCE_STOP.test(lines[j])) return true;
      if (!runsOn[j]) return false;
    }
    return false;
  });
  const full = lines.filter((l) => l).length;
  const open = soft.filter((x) => x).length;
  if (open < 4 || open < full * 0.4) return text;
  let out = '';
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) out += raw[i] + (i === raw.length - 1 ? '' : soft[i] ? ' ' : '\n');
  return out;
}

/** How many lines a wrapped sentence may run over before its stop. */
const WRAP_REACH = 6;
const SENTENCE_STOP = /[.!?؟]["”»)]?$/;

function layout(tokens: Token[]): Pick<Doc, 'sentStart' | 'sentEnd' | 'paraOf'> {
  const sentences = tokens.length ? tokens[tokens.length - 1].sent + 1 : 0;
  const sentStart = new Int32Array(sentences).fill(-1);
  const sentEnd = new Int32Array(sentences);
  const paraOf = new Int32Array(sentences);
  let para = 0;
  for (let i = 0; i < tokens.length; i++) {
    const s = tokens[i].sent;
    if (sentStart[s] < 0) {
      sentStart[s] = i;
      paraOf[s] = para;
    }
    sentEnd[s] = i + 1;
    if (tokens[i].text === '\n' && tokens[i - 1]?.text !== '\n') para++;
  }
  return { sentStart, sentEnd, paraOf };
}

/** Quotations never run past the end of a paragraph, so one stray mark cannot swallow the article. */
function pairQuotes(tokens: Token[]): Int32Array {
  const closeOf = new Int32Array(tokens.length).fill(-1);
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'p') continue;
    if (t.text === '\n') {
      if (open >= 0) closeOf[open] = i;
      open = -1;
    } else if (OPEN.has(t.text) || (TOGGLE.has(t.text) && open < 0)) {
      if (open >= 0) closeOf[open] = i - 1;
      open = i;
    } else if (CLOSE.has(t.text) || (TOGGLE.has(t.text) && open >= 0)) {
      if (open >= 0) closeOf[open] = i;
      open = -1;
    }
  }
  if (open >= 0) closeOf[open] = tokens.length - 1;
  return closeOf;
}

/** Original offsets of tokens [first, last], skipping `skip` normalised characters of the first. */
export function spanOf(doc: Doc, first: number, last: number, skip = 0): [number, number] {
  return toOriginal(doc.original, doc.map, doc.tokens[first].start + skip, doc.tokens[last].end);
}
