'use server';
import { reviewClaim } from '@/lib/claims/review-claim';
import { runMutation } from '@/lib/http/action';

export async function reviewClaimAction(input: unknown) {
  return runMutation((db, actor) => reviewClaim(db, actor, input));
}
