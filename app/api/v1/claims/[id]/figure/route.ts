import { linkClaimFigure } from '@/lib/figures-desk/link-claim-figure';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ body, db, actor, params }) => ({
  claim: await linkClaimFigure(db, actor, { ...body, claimId: params.id }),
}));
