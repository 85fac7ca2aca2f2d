import type { Metadata } from 'next';
import { LocaleForm } from '@/components/settings/locale-form';
import { requireUser } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('settings.title') };
}

export default async function SettingsPage() {
  const actor = await requireUser('/settings');
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t('settings.title')}</h1>
      <LocaleForm current={actor.locale} />
    </div>
  );
}
