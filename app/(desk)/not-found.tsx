import Link from 'next/link';
import { getI18n } from '@/lib/i18n/server';

export default async function NotFound() {
  const { t } = await getI18n();
  return (
    <div className="card mx-auto max-w-lg space-y-2 text-center">
      <h1 className="text-2xl font-semibold">{t('errors.notFoundTitle')}</h1>
      <p className="text-lg">{t('errors.notFoundPage')}</p>
      <Link href="/" className="text-accent underline">
        {t('article.back')}
      </Link>
    </div>
  );
}
