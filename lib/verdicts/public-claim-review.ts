import type { PublicArticle, PublicVerdict } from '@/db/queries/public-verdicts';
import { config } from '@/lib/config';
import { guessClaimantKind } from '@/lib/desk/claimant-kind';
import type { Locale } from '@/lib/vocabulary';
import { buildClaimReviewV2 } from './claim-review-v2';

/**
 * The ClaimReview of one published verdict, built one way for the article page's JSON-LD and
 * for `GET /api/v1/public/claimreview`, so the two can never disagree. `inLanguage` is the
 * language the claim was made in (the article's); only the rating's name follows the reader.
 * The claimant kind is the stored one when the desk has it, else a guess from the name.
 */
export function publicClaimReview(article: PublicArticle, verdict: PublicVerdict, origin: string, readerLocale: Locale) {
  const claim = verdict.claim as PublicVerdict['claim'] & { claimantKind?: 'person' | 'organization' | null };
  return buildClaimReviewV2({
    article,
    verdict: {
      claimId: verdict.claimId,
      verdict: verdict.status,
      claim: { ...claim, claimantKind: claim.claimantKind ?? guessClaimantKind(claim.claimant) },
      publishedAt: verdict.publishedAt,
    },
    // The page in the reader's language (app/[lang]/articles): the URL that is cached and shared.
    pageUrl: `${origin}/${readerLocale}/articles/${article.slug}`,
    organisation: { name: config.organisationName, url: config.organisationUrl },
    pageLanguage: readerLocale,
  });
}
