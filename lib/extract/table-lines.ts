/**
 * Lines of a text table: "القتلى: 112 على الأقل"، "• الجرحى: أكثر من 290"، "الأسيرات ........ 80".
 * A short label opens the line, a colon or a run of dots follows it, then the figure. The label
 * says what is counted; the line before the table ("الحصيلة الأولية، وفق X:") says who counts.
 * And speaker lines of a transcript or live blog: "الضيف: …"، "وزارة الصحة في غزة: ارتفاع …".
 */
import type { Doc } from './document';
import { normalizeKey } from './normalize';
import { qualifierBefore } from './qualifiers';

/** Bullets and dashes that may open a line of a list. */
const BULLETS = new Set(['•', '-', '–', '—', '*', '·', '▪', '◦', '●']);
/** How many words a label may hold: "شهداء الحركة الأسيرة منذ 7 أكتوبر". */
const LABEL_WORDS = 7;
/** How many words a speaker's name may hold: "المتحدث باسم الدفاع المدني محمود بصل". */
const SPEAKER_WORDS = 8;
const LEADER_DOTS = 3;
const DASHES = new Set(['-', '–', '—']);

export interface TableLabel {
  /** First and last token of the label. */
  from: number;
  to: number;
}

/** The first token of the line holding token `tok`, past a bullet. */
export function lineStart(doc: Doc, tok: number): number {
  const { tokens } = doc;
  let k = tok;
  while (k > 0 && tokens[k - 1].text !== '\n') k--;
  while (k < tok && BULLETS.has(tokens[k].text)) k++;
  return k;
}

/**
 * The label of the table line whose figure starts at token `first` (past a qualifier before it:
 * "أكثر من ٩٥٠٠"), or null when the number is not a table line's figure.
 */
export function tableLabelOf(doc: Doc, first: number): TableLabel | null {
  const { tokens } = doc;
  let at = qualifierBefore(tokens, first)?.first ?? first;
  // "الأسر الفارّة: بين 60 ألفاً و80 ألف أسرة": a range.
  if (tokens[at - 1]?.text === 'بين') at--;
  let k = at - 1;
  let dots = 0;
  while (k >= 0 && (tokens[k].text === '.' || tokens[k].text === '…')) {
    dots += tokens[k].text === '.' ? 1 : LEADER_DOTS;
    k--;
  }
  if (dots < LEADER_DOTS) {
    if (dots > 0 || tokens[k]?.text !== ':') return null;
    k--;
  }
  if (k < 0 || tokens[k].kind !== 'w') return null;
  const start = lineStart(doc, k);
  let words = 0;
  for (let j = start; j <= k; j++) {
    const t = tokens[j];
    if (t.kind === 'w') words++;
    // "بعلبك - الهرمل: 18 جريحا": a dash may join two names in a label.
    else if (t.kind === 'p' && !(j > start && DASHES.has(t.text))) return null;
  }
  if (words === 0 || words > LABEL_WORDS || tokens[start].kind !== 'w') return null;
  return { from: start, to: k };
}

/** The line starting at token `start` is a table line: a label, a colon or dots, a figure. */
export function isTableLine(doc: Doc, start: number): boolean {
  const { tokens } = doc;
  let first = start;
  while (first < tokens.length && BULLETS.has(tokens[first].text)) first++;
  for (let k = first; k < tokens.length && k < first + LABEL_WORDS + 12 && tokens[k].text !== '\n'; k++) {
    if (tokens[k].kind === 'n' && tableLabelOf(doc, k)?.from === first) return true;
  }
  return false;
}

/**
 * "الضيف: …"، "المذيع: …"، "الدفاع المدني في غزة: ارتفاع …": a line opening with a speaker's name
 * and a colon, then words. Returns the name's tokens [from, to), or null.
 */
export function speakerLabel(doc: Doc, start: number): [number, number] | null {
  const { tokens } = doc;
  let k = start;
  while (k < tokens.length && tokens[k].kind === 'w' && k - start < SPEAKER_WORDS) k++;
  if (k === start || tokens[k]?.text !== ':') return null;
  const next = tokens[k + 1];
  if (!next || next.kind !== 'w') return null;
  // "ليبيا: ارتفاع حصيلة …": a country before the colon says where, not who speaks.
  if (COUNTRIES.has(tokens.slice(start, k).map((t) => t.text).join(' '))) return null;
  return [start, k];
}

/** Countries a headline or a live blog's line may open with, a colon after them. */
const COUNTRIES = new Set(
  (
    'ليبيا مصر السودان جنوب_السودان تونس الجزائر المغرب موريتانيا اليمن سوريا سورية لبنان العراق الأردن فلسطين غزة ' +
    'السعودية الكويت قطر البحرين الإمارات عمان إيران تركيا إسرائيل أفغانستان باكستان الهند بنغلاديش ميانمار ' +
    'الصومال إثيوبيا إريتريا كينيا تشاد النيجر مالي نيجيريا بوركينا_فاسو الكونغو أوكرانيا روسيا أرمينيا أذربيجان ' +
    'هايتي كولومبيا المكسيك إندونيسيا الفلبين الصين اليابان أمريكا فرنسا ألمانيا بريطانيا إيطاليا اليونان إسبانيا'
  )
    .split(' ')
    .map((c) => normalizeKey(c.replace('_', ' '))),
);

/**
 * "نائب الرئيس التركي:" on a line of its own, the live blog's lines under it saying what he says.
 * Returns the name's tokens [from, to), or null.
 */
export function standaloneSpeaker(doc: Doc, start: number): [number, number] | null {
  const { tokens } = doc;
  let k = start;
  while (k < tokens.length && tokens[k].kind === 'w' && k - start < SPEAKER_WORDS) k++;
  if (k === start || tokens[k]?.text !== ':') return null;
  const next = tokens[k + 1];
  if (next && next.text !== '\n') return null;
  // "وجاءت أبرز المعطيات على النحو الآتي:", "الحصيلة الأولية:": a line that opens a list, not a name.
  for (let j = start; j < k; j++) if (OPENS_A_LIST.test(tokens[j].text)) return null;
  return [start, k];
}

const OPENS_A_LIST = /^[وف]?(ال)?(اتي|آتي|تالي|تاليه|تالية|كالتالي|يلي|نحو|معطيات|بيانات|ارقام|أرقام|حصيله|حصيلة|ابرز|أبرز|اهم|أهم|تفاصيل|احصائيه|إحصائية|احصاءات|إحصاءات)$/;
