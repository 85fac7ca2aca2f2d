/**
 * When an article is public. Importing never publishes: an article is public while it has
 * at least one published verdict, or when an editor has marked it public. An editor may
 * unlist (undo "mark public") or delete an article only while no verdict of it is public,
 * so nothing readers have seen disappears without a correction. A deleted article is
 * hidden everywhere; its rows and history stay.
 *
 * The home page, article page, sitemap, /verdicts and the public API all ask isArticlePublic
 * (or its SQL below), so they cannot disagree:
 *   a.deleted_at IS NULL AND (a.visibility = 'public' OR a.published_verdicts > 0)
 * where published_verdicts is a counter kept in the transaction that publishes or
 * withdraws (or the EXISTS over each claim's newest publication row being a 'publish').
 */
import type { Bilingual } from '@/lib/verdicts/scale';

export const ARTICLE_VISIBILITIES = ['auto', 'public'] as const;
export type ArticleVisibility = (typeof ARTICLE_VISIBILITIES)[number];

export interface ArticleState {
  /** 'auto': public while a verdict is; 'public': marked public by an editor. */
  visibility: ArticleVisibility;
  deletedAt: Date | null;
  /** Claims of the article whose newest publication row is a 'publish'. */
  publishedVerdicts: number;
}

export function isArticlePublic(a: ArticleState): boolean {
  return a.deletedAt === null && (a.visibility === 'public' || a.publishedVerdicts > 0);
}

export const ARTICLE_ACTIONS = ['make_public', 'unlist', 'delete'] as const;
export type ArticleAction = (typeof ARTICLE_ACTIONS)[number];

export interface ArticleRefusal {
  code: 'deleted' | 'has_published_verdicts' | 'already_public' | 'not_marked_public' | 'reason';
  message: Bilingual;
}

const REFUSALS: Record<ArticleRefusal['code'], Bilingual> = {
  deleted: { en: 'This article has been deleted.', ar: 'هذا المقال محذوف.' },
  has_published_verdicts: {
    en: 'This article has published verdicts: withdraw them first (each with its reason for the corrections log).',
    ar: 'لهذا المقال أحكام منشورة: اسحبها أولًا (كلٌّ بسببه في سجل التصحيحات).',
  },
  already_public: { en: 'This article is already marked public.', ar: 'هذا المقال معلَن بالفعل.' },
  not_marked_public: { en: 'This article is not marked public, so there is nothing to unlist.', ar: 'هذا المقال غير معلَن يدويًا، فلا شيء لإخفائه.' },
  reason: { en: 'Deleting an article needs a reason; it is kept in the history.', ar: 'حذف مقال يحتاج إلى سبب يُحفَظ في السجل.' },
};

/** A refusal's words by its code, for a screen that has only the code (a server action's error fields). */
export function articleRefusalMessage(code: string): Bilingual | null {
  return (REFUSALS as Record<string, Bilingual>)[code] ?? null;
}

/** Every reason the editor's action on the article must be refused; empty when it may go ahead. */
export function unmetArticleRules(a: ArticleState, action: ArticleAction, reason?: string | null): ArticleRefusal[] {
  const out: ArticleRefusal['code'][] = [];
  if (a.deletedAt) out.push('deleted');
  else if (action === 'make_public') {
    if (a.visibility === 'public') out.push('already_public');
  } else {
    if (a.publishedVerdicts > 0) out.push('has_published_verdicts');
    if (action === 'unlist' && a.visibility !== 'public') out.push('not_marked_public');
    if (action === 'delete' && !reason?.trim()) out.push('reason');
  }
  return out.map((code) => ({ code, message: REFUSALS[code] }));
}
