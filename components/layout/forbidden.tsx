import { getI18n } from '@/lib/i18n/server';
import type { Role } from '@/lib/vocabulary';

/** Shown instead of a page the signed-in role may not open. */
export async function Forbidden({ role }: { role: Role }) {
  const { t, rich } = await getI18n();
  return (
    <div role="alert" data-forbidden className="card mx-auto max-w-lg text-center">
      <p className="text-lg">{rich('errors.forbiddenPage', { role: t(`roles.${role}`) })}</p>
    </div>
  );
}
