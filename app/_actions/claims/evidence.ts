'use server';
import { addEvidence } from '@/lib/claims/add-evidence';
import { removeEvidence } from '@/lib/claims/remove-evidence';
import { runMutation } from '@/lib/http/action';

export async function addEvidenceAction(input: unknown) {
  return runMutation((db, actor) => addEvidence(db, actor, input));
}

export async function removeEvidenceAction(input: unknown) {
  return runMutation((db, actor) => removeEvidence(db, actor, input));
}
