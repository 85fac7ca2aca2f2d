import type { PublicArticle, PublicVerdict } from '@/db/queries/public-verdicts';
import { jsonLdString } from '@/lib/verdicts/claim-review-v2';
import { publicClaimReview } from '@/lib/verdicts/public-claim-review';

/**
 * One ClaimReview JSON-LD script per published verdict: the same objects the public
 * ClaimReview feed serves (lib/verdicts/public-claim-review.ts).
 */
export function ClaimReviewScripts({
  article,
  verdicts,
  origin,
  pageLanguage,
  nonce,
}: {
  article: PublicArticle;
  verdicts: PublicVerdict[];
  origin: string;
  pageLanguage: 'ar' | 'en';
  nonce?: string;
}) {
  return verdicts.map((verdict) => (
    <script
      key={verdict.claimId}
      type="application/ld+json"
      nonce={nonce}
      dangerouslySetInnerHTML={{ __html: jsonLdString(publicClaimReview(article, verdict, origin, pageLanguage)) }}
    />
  ));
}
