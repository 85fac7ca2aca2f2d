import type { Metadata } from 'next';
import { Forbidden } from '@/components/layout/forbidden';
import { ImportForm } from '@/components/import/import-form';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('importPage.title') };
}

export default async function ImportPage() {
  const actor = await requireUser('/import');
  if (!can(actor, 'articles:import')) return <Forbidden role={actor.role} />;
  const { t } = await getI18n();
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t('importPage.title')}</h1>
      <p className="text-stone-600">{t('importPage.intro')}</p>
      <ImportForm />
    </div>
  );
}
