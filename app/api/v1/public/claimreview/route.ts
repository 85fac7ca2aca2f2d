import { listPublicVerdicts } from '@/lib/desk/list-public-verdicts';
import { apiRoute } from '@/lib/http/api';
import { publicOrigin } from '@/lib/http/origin';
import { getI18n } from '@/lib/i18n/server';
import { publicClaimReview } from '@/lib/verdicts/public-claim-review';

/** Every current published verdict as the ClaimReview its article page carries, newest first. */
export const GET = apiRoute(async ({ db, request }) => {
  const [{ entries, next }, origin, { locale }] = await Promise.all([
    listPublicVerdicts(db, new URL(request.url).searchParams),
    publicOrigin(),
    getI18n(),
  ]);
  return { claimReviews: entries.map((e) => publicClaimReview(e.article, e.verdict, origin, locale)), next };
});
