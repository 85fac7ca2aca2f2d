import type { Metadata } from 'next';
import { getDb } from '@/db';
import { ApiTokens } from '@/components/settings/api-tokens';
import { LocaleForm } from '@/components/settings/locale-form';
import { PasswordForm } from '@/components/settings/password-form';
import { SignOutEverywhere } from '@/components/settings/sign-out-everywhere';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { listApiTokens } from '@/lib/tokens/list-api-tokens';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('settings.title') };
}

export default async function SettingsPage() {
  const actor = await requireUser('/settings');
  const { t, dateTime } = await getI18n();
  const tokens = can(actor, 'tokens:manage') ? await listApiTokens(getDb(), actor) : null;
  return (
    <div className="mx-auto max-w-xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('settings.title')}</h1>
      <LocaleForm current={actor.locale} />
      <PasswordForm />
      <section className="card space-y-2" aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="font-semibold">{t('settings.sessionsTitle')}</h2>
        <p className="text-sm text-stone-600">{t('settings.sessionsHelp')}</p>
        <SignOutEverywhere label={t('settings.signOutEverywhere')} />
      </section>
      {tokens && (
        <ApiTokens
          tokens={tokens.map((tok) => ({
            id: tok.id,
            name: tok.name,
            scope: tok.scope,
            created: dateTime(tok.createdAt),
            lastUsed: tok.lastUsedAt ? dateTime(tok.lastUsedAt) : null,
          }))}
        />
      )}
    </div>
  );
}
