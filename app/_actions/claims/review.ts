'use server';
import { reviewClaim } from '@/lib/claims/review-claim';
import { setExplanation } from '@/lib/claims/set-explanation';
import { runMutation } from '@/lib/http/action';

export async function reviewClaimAction(input: unknown) {
  return runMutation((db, actor) => reviewClaim(db, actor, input));
}

export async function setExplanationAction(input: unknown) {
  return runMutation((db, actor) => setExplanation(db, actor, input));
}
