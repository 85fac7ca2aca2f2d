'use server';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { runMutation } from '@/lib/http/action';
import { getI18n } from '@/lib/i18n/server';

// A refusal lists every unmet rule in the editor's language.
export async function publishVerdictAction(input: unknown) {
  const { locale } = await getI18n();
  return runMutation((db, actor) => publishVerdict(db, actor, input, locale));
}

export async function unpublishVerdictAction(input: unknown) {
  const { locale } = await getI18n();
  return runMutation((db, actor) => unpublishVerdict(db, actor, input, locale));
}
