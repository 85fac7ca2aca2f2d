import type { PublicArticle, PublicVerdict } from '@/db/queries/public-verdicts';
import { config } from '@/lib/config';
import { CATALOGS } from '@/lib/i18n/catalogs';
import type { Locale } from '@/lib/vocabulary';
import { buildClaimReview } from './claim-review';

/**
 * The ClaimReview of one published verdict, built one way for the article page's JSON-LD and
 * for `GET /api/v1/public/claimreview`, so the two can never disagree. `inLanguage` is the
 * language the claim was made in (the article's); only the verdict's name follows the reader.
 */
export function publicClaimReview(article: PublicArticle, verdict: PublicVerdict, origin: string, readerLocale: Locale) {
  return buildClaimReview({
    article,
    verdict,
    pageUrl: `${origin}/articles/${article.slug}`,
    organisation: { name: config.organisationName, url: config.organisationUrl },
    verdictName: CATALOGS[readerLocale].verdict[verdict.status],
    inLanguage: article.language,
  });
}
