/**
 * A normalised copy of the input for matching, with a map back to the original offsets.
 * Every rule is a one-character rewrite or a deletion (presentation forms may expand), so
 * each normalised character knows the original index it came from.
 */

const DROP = 0xffff;
const table = new Uint16Array(0x10000);

function setRange(from: number, to: number, value: number): void {
  for (let c = from; c <= to; c++) table[c] = value;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const ALEF = 0x0627;
const YEH = 0x064a;

// Scraped text carries every kind of blank; they all separate words the same way.
for (const c of [0x09, 0x0b, 0x0c, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) table[c] = SPACE;
setRange(0x2000, 0x200a, SPACE);
for (const c of [0x0d, 0x2028, 0x2029, 0x85]) table[c] = NEWLINE;
// Invisible characters: zero-width, bidi controls, BOM, soft hyphen, Arabic letter mark.
setRange(0x200b, 0x200f, DROP);
setRange(0x202a, 0x202e, DROP);
setRange(0x2060, 0x2064, DROP);
setRange(0x2066, 0x2069, DROP);
for (const c of [0xfeff, 0x061c, 0x00ad, 0x0640]) table[c] = DROP; // 0x0640 is tatweel
// Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
setRange(0x0610, 0x061a, DROP);
setRange(0x064b, 0x065f, DROP);
table[0x0670] = DROP;
setRange(0x06d6, 0x06dc, DROP);
setRange(0x06df, 0x06e4, DROP);
for (const c of [0x06e7, 0x06e8]) table[c] = DROP;
setRange(0x06ea, 0x06ed, DROP);
// Letter variants that spelling treats loosely.
for (const c of [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673]) table[c] = ALEF;
for (const c of [0x0649, 0x06cc]) table[c] = YEH;
table[0x0629] = 0x0647; // ta marbuta -> heh: the press writes both
table[0x06c1] = 0x0647;
table[0x06a9] = 0x0643; // Persian kaf
table[0x066a] = 0x25; // Arabic percent sign
for (let d = 0; d < 10; d++) {
  table[0x0660 + d] = 0x30 + d;
  table[0x06f0 + d] = 0x30 + d;
  table[0xff10 + d] = 0x30 + d;
}
for (let c = 0x41; c <= 0x5a; c++) table[c] = c + 32;

/** Arabic presentation forms (isolated/initial/final glyphs) expand to their base letters. */
const expansions = new Map<number, string>();
for (let c = 0xfe70; c <= 0xfefc; c++) {
  const base = String.fromCharCode(c).normalize('NFKC');
  if (base.length === 1 && base.charCodeAt(0) === c) continue;
  let out = '';
  for (let i = 0; i < base.length; i++) {
    const m = table[base.charCodeAt(i)];
    if (m === DROP) continue;
    out += m === 0 ? base[i] : String.fromCharCode(m);
  }
  expansions.set(c, out);
}

export interface Normalized {
  /** The normalised copy. */
  text: string;
  /** map[i] is the original index of text[i]; map[text.length] is the original length. */
  map: Int32Array;
}

export function normalizeWithMap(input: string): Normalized {
  const n = input.length;
  let out: Uint16Array = new Uint16Array(n + 8);
  let map: Int32Array = new Int32Array(n + 9);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const m = table[c];
    if (m === DROP) continue;
    // "قتـ.لوا": a dot set inside a word beside a tatweel to slip past filters is no full stop.
    if (c === 0x2e && (input.charCodeAt(i - 1) === 0x0640 || input.charCodeAt(i + 1) === 0x0640) && isArabicLetter(input.charCodeAt(i + 1) === 0x0640 ? input.charCodeAt(i + 2) : input.charCodeAt(i + 1))) continue;
    if (c >= 0xfe70 && c <= 0xfefc && expansions.has(c)) {
      const s = expansions.get(c)!;
      if (k + s.length + 1 >= out.length) [out, map] = grow(out, map);
      for (let j = 0; j < s.length; j++) {
        out[k] = s.charCodeAt(j);
        map[k++] = i;
      }
      continue;
    }
    if (k + 1 >= out.length) [out, map] = grow(out, map);
    out[k] = m === 0 ? c : m;
    map[k++] = i;
  }
  map[k] = n;
  return { text: decode(out, k), map: map.slice(0, k + 1) };
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a);
}

function grow(out: Uint16Array, map: Int32Array): [Uint16Array, Int32Array] {
  const o = new Uint16Array(out.length * 2);
  o.set(out);
  const m = new Int32Array(map.length * 2);
  m.set(map);
  return [o, m];
}

function decode(codes: Uint16Array, length: number): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(i, Math.min(i + CHUNK, length)) as unknown as number[]));
  }
  return parts.join('');
}

/** The normalised form of a lexicon entry or a short phrase (no offsets needed). */
export function normalizeKey(s: string): string {
  return normalizeWithMap(s).text.replace(/\s+/g, ' ').trim();
}

/** Harakat, tanween, shadda and the like: they follow the letter they mark. */
function isCombiningMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || (code >= 0x0610 && code <= 0x061a);
}

/** Original [start, end) of the normalised range [nStart, nEnd), with trailing marks kept. */
export function toOriginal(original: string, map: Int32Array, nStart: number, nEnd: number): [number, number] {
  const start = map[nStart];
  let end = nEnd > nStart ? map[nEnd - 1] + 1 : start;
  while (end < original.length && isCombiningMark(original.charCodeAt(end))) end++;
  return [start, end];
}
