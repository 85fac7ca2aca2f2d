/**
 * Removes what a scraper picks up around an article: "enable JavaScript"/cookie notices,
 * "read more" related-link blocks, trailing "more from" links. Works line by line on the
 * raw text; the article's own lines are kept byte for byte (NBSPs, diacritics and all),
 * because claim offsets will point into the result.
 */

const NOTICE = /(enable javascript|javascript is disabled|javascript to (visit|view)|accept (all )?cookies|we use cookies|cookie (policy|settings)|يرجى تفعيل (ال)?جافا ?سكريبت|ملفات تعريف الارتباط)/i;
const RELATED_HEADING = /^(اقرأ|إقرأ|اقرا)\s*(المزيد|أيضا|أيضاً|ايضا|كذلك)\s*:?$|^(مواضيع|مقالات|أخبار) (ذات صلة|متعلقة)\s*:?$|^(read more|related( articles| stories)?)\s*:?$/i;
const CMS_PLACEHOLDER = /\((Related Nodes field|Related Content)\)/i;
const TRAILING_MORE = /^(المزيد من|شاهد المزيد|more from)(\s|$)/i;
/** A related-link line: short and not ending like a sentence. */
const LINK_LINE_MAX = 140;
const SENTENCE_END = /[.!?؟:»"”)]\s*$/;

export interface CleanedText {
  text: string;
  /** The lines removed, for the import's history row. */
  removed: string[];
}

export function cleanScrapedText(raw: string): CleanedText {
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  const removed: string[] = [];
  let inRelatedBlock = false;

  for (const line of lines) {
    const bare = line.replace(/[\s\u00A0\u200B-\u200F\u2060]+/g, ' ').trim();
    if (!bare) {
      kept.push('');
      continue;
    }
    const isNotice = bare.length < 300 && NOTICE.test(bare);
    if (isNotice || CMS_PLACEHOLDER.test(bare) || RELATED_HEADING.test(bare)) {
      removed.push(bare);
      inRelatedBlock = RELATED_HEADING.test(bare) || (inRelatedBlock && !isNotice);
      continue;
    }
    if (inRelatedBlock && bare.length <= LINK_LINE_MAX && !SENTENCE_END.test(bare)) {
      removed.push(bare);
      continue;
    }
    inRelatedBlock = false;
    kept.push(line.replace(/[ \t]+$/, ''));
  }

  // "More from ..." footers trail the article; only the last lines are stripped.
  while (kept.length && (!kept[kept.length - 1].trim() || TRAILING_MORE.test(kept[kept.length - 1].trim()))) {
    const line = kept.pop()!;
    if (line.trim()) removed.push(line.trim());
  }
  const text = kept.join('\n').replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
  return { text, removed };
}
