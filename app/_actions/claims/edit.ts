'use server';
import { addClaim } from '@/lib/claims/add-claim';
import { editClaim } from '@/lib/claims/edit-claim';
import { runMutation } from '@/lib/http/action';

export async function editClaimAction(input: unknown) {
  return runMutation((db, actor) => editClaim(db, actor, input));
}

export async function addClaimAction(input: unknown) {
  return runMutation((db, actor) => addClaim(db, actor, input));
}
