import type { PublicArticle, PublicVerdict } from '@/db/queries/public-verdicts';
import { jsonLdString } from '@/lib/verdicts/claim-review-v2';
import { publicClaimReview } from '@/lib/verdicts/public-claim-review';

/**
 * One ClaimReview JSON-LD script per published verdict: the same objects the public
 * ClaimReview feed serves (lib/verdicts/public-claim-review.ts). No nonce: the page is cached
 * (one HTML for every reader), and a data block is not executed; its cached policy lists its
 * hash anyway (lib/public/cache-handler.cjs), so no audit tool reports it.
 */
export function ClaimReviewScripts({
  article,
  verdicts,
  origin,
  pageLanguage,
}: {
  article: PublicArticle;
  verdicts: PublicVerdict[];
  origin: string;
  pageLanguage: 'ar' | 'en';
}) {
  return verdicts.map((verdict) => (
    <script
      key={verdict.claimId}
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: jsonLdString(publicClaimReview(article, verdict, origin, pageLanguage)) }}
    />
  ));
}
