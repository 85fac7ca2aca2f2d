/** Splits normalised text into words, digit groups and single punctuation marks. */

/** w: a run of letters; n: digits with inner separators; p: any other single character. */
export type Kind = 'w' | 'n' | 'p';

export interface Token {
  kind: Kind;
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  text: string;
  /** Sentence number: bumped after . ! ? ؟ and line breaks. */
  sent: number;
}

function isLetter(c: number): boolean {
  return (
    (c >= 0x0621 && c <= 0x063a) ||
    (c >= 0x0641 && c <= 0x064a) ||
    c === 0x066e ||
    c === 0x066f ||
    (c >= 0x0671 && c <= 0x06d3) ||
    c === 0x06d5 ||
    (c >= 0x06ee && c <= 0x06ef) ||
    (c >= 0x06fa && c <= 0x06ff) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f)
  );
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** , . ٬ ٫ between digits belong to the number. */
const isNumSep = (c: number) => c === 0x2c || c === 0x2e || c === 0x066c || c === 0x066b;

/** A reporting verb glued to the definite subject after it: split where the article starts. */
const FUSED = /^([وف]?(?:قال|قالت|[اأ]شار|[اأ]شارت|[اأ]كد|[اأ]كدت|[اأ]ضاف|[اأ]ضافت|[اأ]علن|[اأ]علنت|[اأ]فاد|[اأ]فادت|ذكر|ذكرت|[اأ]وضح|[اأ]وضحت|لفت|لفتت))(ال[^\s]{3,})$/u;

/**
 * "دنيا الوطنأفادت شبكة …": a byline's last word glued to the reporting verb after it. Only verbs
 * in أ (no longer word ends in them) after a word of four letters or more.
 */
const FUSED_AFTER = /^([^\s]{4,}?)([اأ](?:فادت|فاد|علنت|علن|شارت|شار|ضافت|ضاف|وضحت|وضح|كدت))$/u;

const SENTENCE_END = new Set(['.', '!', '?', '؟', '\n', '…']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let sent = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      // "وأشارالمكتب": a scraper dropped the space between a reporting verb and its subject.
      const fused = FUSED.exec(word);
      if (fused) {
        const cut = start + fused[1].length;
        tokens.push({ kind: 'w', start, end: cut, text: fused[1], sent });
        tokens.push({ kind: 'w', start: cut, end: i, text: word.slice(fused[1].length), sent });
        continue;
      }
      const after = word.length >= 8 ? FUSED_AFTER.exec(word) : null;
      if (after) {
        const cut = start + after[1].length;
        tokens.push({ kind: 'w', start, end: cut, text: after[1], sent });
        tokens.push({ kind: 'w', start: cut, end: i, text: after[2], sent });
        continue;
      }
      tokens.push({ kind: 'w', start, end: i, text: word, sent });
    } else if (isDigit(c)) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isDigit(d)) i++;
        else if (isNumSep(d) && i + 1 < n && isDigit(text.charCodeAt(i + 1))) i++;
        else break;
      }
      // "8ر2 مليون"، "5ر68 مليون دولار": some Yemeni and Gulf wires write the decimal mark as ر, the
      // fraction first as it reads right to left: 2.8 and 68.5.
      if (text.charCodeAt(i) === 0x0631 && isDigit(text.charCodeAt(i + 1)) && /^[0-9]+$/.test(text.slice(start, i))) {
        let j = i + 1;
        while (j < n && isDigit(text.charCodeAt(j))) j++;
        if (j >= n || !isLetter(text.charCodeAt(j))) {
          tokens.push({ kind: 'n', start, end: j, text: `${text.slice(i + 1, j)}\u066b${text.slice(start, i)}`, sent });
          i = j;
          continue;
        }
      }
      tokens.push({ kind: 'n', start, end: i, text: text.slice(start, i), sent });
    } else {
      i++;
      const ch = text[start];
      tokens.push({ kind: 'p', start, end: i, text: ch, sent });
      if (SENTENCE_END.has(ch) && !isAbbreviationDot(tokens)) sent++;
    }
  }
  return tokens;
}

/** "د." or "أ.ف.ب": a dot after a one-letter word does not end the sentence. */
function isAbbreviationDot(tokens: Token[]): boolean {
  const dot = tokens[tokens.length - 1];
  if (dot.text !== '.') return false;
  const prev = tokens[tokens.length - 2];
  return prev !== undefined && prev.kind === 'w' && prev.end === dot.start && prev.text.length === 1;
}
