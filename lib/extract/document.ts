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
  const lines = text.split('\n');
  let full = 0;
  let open = 0;
  const soft: boolean[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    full++;
    const next = lines[i + 1]?.trim() ?? '';
    soft[i] = ARABIC_LETTER.test(line.slice(-1)) && !LINE_STOP.test(line) && ARABIC_LETTER.test(next.charAt(0));
    if (soft[i]) open++;
  }
  if (open < 4 || open < full * 0.4) return text;
  let out = '';
  for (let i = 0; i < lines.length; i++) out += lines[i] + (i === lines.length - 1 ? '' : soft[i] ? ' ' : '\n');
  return out;
}

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
