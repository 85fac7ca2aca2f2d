'use server';
import { assignClaim } from '@/lib/claims/assign-claim';
import { bulkClaims } from '@/lib/claims/bulk-claims';
import { runMutation } from '@/lib/http/action';

export async function assignClaimAction(input: unknown) {
  return runMutation((db, actor) => assignClaim(db, actor, input));
}

export async function bulkClaimsAction(input: unknown) {
  return runMutation((db, actor) => bulkClaims(db, actor, input));
}
