import Link from 'next/link';
import { getActor } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';

/** What requirePermission's forbidden() renders, with HTTP 403: says which role was refused. */
export default async function Forbidden() {
  const [actor, { t, rich }] = await Promise.all([getActor(), getI18n()]);
  return (
    <div role="alert" data-forbidden className="card mx-auto max-w-lg space-y-2 text-center">
      <h1 className="text-2xl font-semibold">{t('errors.forbiddenTitle')}</h1>
      <p className="text-lg">
        {actor ? rich('errors.forbiddenPage', { role: t(`roles.${actor.role}`) }) : t('errors.forbidden')}
      </p>
      <Link href="/" className="text-accent underline">
        {t('article.back')}
      </Link>
    </div>
  );
}
