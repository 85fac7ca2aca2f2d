import type { VerdictStatus } from '@/db/schema';
import type { PublicArticle, PublicVerdict } from '@/db/queries/public-verdicts';
import { sentenceAround } from '@/lib/articles/segment-text';

/** The numeric scale published with every rating: 1 (contradicted) to 5 (accurate). */
export const RATING: Record<VerdictStatus, number> = { verified: 5, unverifiable: 3, disputed: 1 };
export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface ClaimReviewContext {
  article: PublicArticle;
  verdict: PublicVerdict;
  /** Absolute URL of the public article page, without a fragment. */
  pageUrl: string;
  organisation: { name: string; url: string | null };
  /** The verdict's name in the page's language, e.g. "Accurate" or "صحيح". */
  verdictName: string;
  inLanguage: string;
}

/** One schema.org ClaimReview for a published verdict, as Google's fact-check markup expects. */
export function buildClaimReview({ article, verdict, pageUrl, organisation, verdictName, inLanguage }: ClaimReviewContext) {
  const claimant = verdict.claim.claimant;
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${pageUrl}#claim-${verdict.claimId}`,
    claimReviewed: sentenceAround(article.body, verdict.claim.start, verdict.claim.end),
    datePublished: verdict.publishedAt.toISOString().slice(0, 10),
    inLanguage,
    author: {
      '@type': 'Organization',
      name: organisation.name,
      ...(organisation.url ? { url: organisation.url } : {}),
    },
    reviewRating: {
      '@type': 'Rating',
      ratingValue: RATING[verdict.status],
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
      alternateName: verdictName,
    },
    itemReviewed: {
      '@type': 'Claim',
      // A claim the article makes in its own voice is the outlet's claim.
      author: claimant
        ? { '@type': 'Organization', name: claimant }
        : { '@type': 'Organization', name: article.outlet ?? article.title },
      ...(article.publishedDate ? { datePublished: article.publishedDate } : {}),
      appearance: {
        '@type': 'NewsArticle',
        headline: article.title,
        url: article.url ?? pageUrl,
        ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
        ...(article.publishedDate ? { datePublished: article.publishedDate } : {}),
      },
    },
  };
}

/** JSON for a <script> element: "<" escaped so a quote cannot close the script early. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
