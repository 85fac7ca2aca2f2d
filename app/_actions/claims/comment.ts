'use server';
import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { runMutation } from '@/lib/http/action';

export async function commentAction(input: unknown) {
  return runMutation((db, actor) => commentOnClaim(db, actor, input));
}
