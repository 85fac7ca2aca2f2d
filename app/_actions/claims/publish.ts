'use server';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { runMutation } from '@/lib/http/action';

export async function publishVerdictAction(input: unknown) {
  return runMutation((db, actor) => publishVerdict(db, actor, input));
}

export async function unpublishVerdictAction(input: unknown) {
  return runMutation((db, actor) => unpublishVerdict(db, actor, input));
}
