/**
 * The lines of a scraped page that are not report text: a related-links block ("اقرأ أيضا",
 * "مواضيع ذات صلة") and the headlines listed under it, which belong to other articles; and
 * headline-shaped lines (short, no full stop), where a report restates its own figures.
 */
import { normalizeKey } from './normalize';
import type { Token } from './tokenize';

const RELATED_HEADINGS = [
  'اقرأ أيضا',
  'اقرأ كذلك',
  'اقرأ المزيد',
  'اقرأ ايضا',
  'إقرأ أيضا',
  'مواضيع ذات صلة',
  'مواد ذات صلة',
  'أخبار ذات صلة',
  'مقالات ذات صلة',
  'روابط ذات صلة',
  'قد يهمك',
  'قد يهمك أيضا',
  'شاهد أيضا',
  'قصص مقترحة',
  'مقالات مقترحة',
  'مواضيع مقترحة',
  'الأكثر قراءة',
  'الأكثر مشاهدة',
].map((h) => normalizeKey(h).split(' '));

/** A listed headline is short and does not end like a paragraph. */
const HEADLINE_WORDS = 16;
/** How many listed headlines a related-links block may hold before report text must resume. */
const MAX_LISTED = 8;
const PARAGRAPH_END = new Set(['.', '،', ',', ':', '؛']);

interface Line {
  first: number;
  /** Exclusive. */
  end: number;
  words: number;
  lastMark: string;
}

function linesOf(tokens: Token[]): Line[] {
  const lines: Line[] = [];
  let first = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].text !== '\n') continue;
    if (i > first) {
      let words = 0;
      for (let k = first; k < i; k++) if (tokens[k].kind !== 'p') words++;
      lines.push({ first, end: i, words, lastMark: tokens[i - 1].kind === 'p' ? tokens[i - 1].text : '' });
    }
    first = i + 1;
  }
  return lines;
}

/**
 * A content system's label for its related-links field, left in by a scraper as a line of its own
 * ("(Related Nodes field)", "Related articles", "See also").
 */
const LATIN_RELATED = /^[([]?\s*(?:related(?:\s+(?:nodes?|articles?|stories|content|posts|links|news))?(?:\s+field)?|read\s+(?:more|also)|see\s+also)\s*[)\]]?\s*:?$/i;

function isRelatedHeading(tokens: Token[], line: Line, lineText: string): boolean {
  const words = tokens.slice(line.first, line.end).filter((t) => t.kind !== 'p').map((t) => t.text);
  if (RELATED_HEADINGS.some((h) => h.every((w, k) => words[k] === w))) return true;
  return LATIN_RELATED.test(lineText.trim());
}

/** A page's own title may run longer than a listed headline: "هجوم … .. الجيش يتحدث عن … وجمعية محلية تحصي …". */
const TITLE_WORDS = 20;
const isTitle = (line: Line) => line.words > 0 && line.words <= TITLE_WORDS && !PARAGRAPH_END.has(line.lastMark);

const isHeadline = (line: Line) => line.words > 0 && line.words <= HEADLINE_WORDS && !PARAGRAPH_END.has(line.lastMark);

export function pageLines(tokens: Token[], sentences: number, text: string): { furniture: Uint8Array; headline: Uint8Array } {
  const furniture = new Uint8Array(sentences);
  const headline = new Uint8Array(sentences);
  const mark = (flags: Uint8Array, line: Line) => {
    for (let k = line.first; k < line.end; k++) flags[tokens[k].sent] = 1;
  };
  const lines = linesOf(tokens);
  // A headline stands above the report: a short line without a full stop after the first
  // paragraph is a sentence that lost its stop, or a subheading, and restates nothing.
  let body = false;
  for (let n = 0; n < lines.length; n++) {
    // "Sorry, you need to enable JavaScript to visit this website.": a scraper's line with no
    // Arabic in it is no paragraph of the report.
    const lineText = text.slice(tokens[lines[n].first].start, tokens[lines[n].end - 1].end);
    const scraperLine = !/[\u0621-\u064a]/.test(lineText);
    if (!body && isTitle(lines[n])) mark(headline, lines[n]);
    else if (!scraperLine && (lines[n].words > TITLE_WORDS || PARAGRAPH_END.has(lines[n].lastMark))) body = true;
    if (!isRelatedHeading(tokens, lines[n], lineText)) continue;
    mark(furniture, lines[n]);
    let listed = 0;
    while (n + 1 < lines.length && listed < MAX_LISTED && isHeadline(lines[n + 1])) {
      mark(furniture, lines[++n]);
      listed++;
    }
  }
  return { furniture, headline };
}
