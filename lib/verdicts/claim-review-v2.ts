/**
 * One schema.org ClaimReview per published verdict, as Google's fact-check markup expects.
 * Replaces claim-review.ts with three fixes found in use:
 * - `inLanguage` is the language the claim was made in (the article's), not the reader's;
 *   only `alternateName` follows the page's language;
 * - the claimant is a `Person` or an `Organization` as the extractor or the checker said;
 * - an article without an outlet never makes its headline the claim's author: a claim the
 *   article makes in its own voice is the outlet's, and without an outlet it has no author.
 * The rating is the verdict scale's (lib/verdicts/scale.ts).
 */
import { sentenceAround } from '@/lib/articles/segment-text';
import { verdictRating, type Verdict } from './scale';

export const CLAIMANT_KINDS = ['person', 'organization'] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export interface ClaimReviewArticle {
  title: string;
  outlet: string | null;
  url: string | null;
  /** The article's language: the language of every claim quoted from it. */
  language: string;
  /** YYYY-MM-DD or null. */
  publishedDate: string | null;
  body: string;
}

export interface ClaimReviewVerdict {
  claimId: number;
  verdict: Verdict;
  claim: {
    start: number;
    end: number;
    claimant: string | null;
    /** Null when nobody said which: the claimant is then published as an Organization. */
    claimantKind?: ClaimantKind | null;
  };
  publishedAt: Date;
}

export interface ClaimReviewInput {
  article: ClaimReviewArticle;
  verdict: ClaimReviewVerdict;
  /** Absolute URL of the public article page, without a fragment. */
  pageUrl: string;
  organisation: { name: string; url: string | null };
  /** The language of the page carrying the markup: the language of `alternateName`. */
  pageLanguage: 'ar' | 'en';
}

type Agent = { '@type': 'Person' | 'Organization'; name: string };

/**
 * Who made the claim. A named claimant is a Person or an Organization; unknown kinds are
 * published as Organization because the claimants the extractor finds are mostly ministries,
 * agencies and armies. A claim in the article's own voice belongs to its outlet, if known.
 */
export function claimAuthor(article: ClaimReviewArticle, claim: ClaimReviewVerdict['claim']): Agent | null {
  const name = claim.claimant?.trim();
  if (name) return { '@type': claim.claimantKind === 'person' ? 'Person' : 'Organization', name };
  const outlet = article.outlet?.trim();
  return outlet ? { '@type': 'Organization', name: outlet } : null;
}

export function buildClaimReviewV2({ article, verdict, pageUrl, organisation, pageLanguage }: ClaimReviewInput) {
  const author = claimAuthor(article, verdict.claim);
  const date = article.publishedDate ? { datePublished: article.publishedDate } : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: `${pageUrl}#claim-${verdict.claimId}`,
    claimReviewed: sentenceAround(article.body, verdict.claim.start, verdict.claim.end),
    datePublished: verdict.publishedAt.toISOString().slice(0, 10),
    inLanguage: article.language,
    author: {
      '@type': 'Organization',
      name: organisation.name,
      ...(organisation.url ? { url: organisation.url } : {}),
    },
    reviewRating: verdictRating(verdict.verdict, pageLanguage),
    itemReviewed: {
      '@type': 'Claim',
      ...(author ? { author } : {}),
      ...date,
      appearance: {
        '@type': 'NewsArticle',
        headline: article.title,
        url: article.url ?? pageUrl,
        inLanguage: article.language,
        ...(article.outlet ? { publisher: { '@type': 'Organization', name: article.outlet } } : {}),
        ...date,
      },
    },
  };
}

/** JSON for a <script> element: "<" escaped so a quote cannot close the script early. */
export function jsonLdString(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
