import type { Metadata } from 'next';
import { ImportForm } from '@/components/import/import-form';
import { requirePermission } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('importPage.title') };
}

export default async function ImportPage() {
  const actor = await requirePermission('articles:import', '/import');
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('importPage.title')}</h1>
      <p className="text-stone-600">{t('importPage.intro')}</p>
      <ImportForm />
    </div>
  );
}
