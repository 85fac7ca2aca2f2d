import type { PublicArticle, PublicVerdict } from '@/db/queries/public-verdicts';
import { config } from '@/lib/config';
import { guessClaimantKind } from '@/lib/desk/claimant-kind';
import { buildClaimReviewV2, jsonLdString } from '@/lib/verdicts/claim-review-v2';

/**
 * One ClaimReview JSON-LD script per published verdict. The rating's alternateName follows
 * the page's language; inLanguage is the article's (the claim's). The claimant kind is
 * guessed from the name until the desk stores what the checker says.
 */
export function ClaimReviewScripts({
  article,
  verdicts,
  pageUrl,
  pageLanguage,
  nonce,
}: {
  article: PublicArticle;
  verdicts: PublicVerdict[];
  pageUrl: string;
  pageLanguage: 'ar' | 'en';
  nonce?: string;
}) {
  return verdicts.map((verdict) => (
    <script
      key={verdict.claimId}
      type="application/ld+json"
      nonce={nonce}
      dangerouslySetInnerHTML={{
        __html: jsonLdString(
          buildClaimReviewV2({
            article,
            verdict: {
              claimId: verdict.claimId,
              verdict: verdict.status,
              claim: { ...verdict.claim, claimantKind: guessClaimantKind(verdict.claim.claimant) },
              publishedAt: verdict.publishedAt,
            },
            pageUrl,
            organisation: { name: config.organisationName, url: config.organisationUrl },
            pageLanguage,
          }),
        ),
      }}
    />
  ));
}
