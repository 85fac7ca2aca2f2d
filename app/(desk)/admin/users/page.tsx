import type { Metadata } from 'next';
import { getDb } from '@/db';
import { UserForm } from '@/components/admin/user-form';
import { UserToggle } from '@/components/admin/user-toggle';
import { SignOutEverywhere } from '@/components/settings/sign-out-everywhere';
import { requirePermission } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { listUsers } from '@/lib/users/list-users';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('users.title') };
}

export default async function UsersPage() {
  const actor = await requirePermission('users:manage', '/admin/users');
  const { t, rich, dateTime } = await getI18n();
  const users = await listUsers(getDb(), actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('users.title')}</h1>
      <table className="stack-table w-full text-sm" data-users>
        <thead>
          <tr className="border-b border-stone-300">
            <th className="p-2 text-start">{t('users.email')}</th>
            <th className="p-2 text-start">{t('users.name')}</th>
            <th className="p-2 text-start">{t('users.role')}</th>
            <th className="p-2 text-start">{t('users.status')}</th>
            <th className="p-2 text-start">{t('users.lastChange')}</th>
            <th className="p-2">
              <span className="sr-only">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-b border-stone-200">
              <td className="p-2" data-wide>
                <bdi dir="ltr">{u.email}</bdi>
              </td>
              <td className="p-2" data-wide>
                <bdi dir="auto">{u.name}</bdi>
              </td>
              <td className="p-2" data-label={t('users.role')}>{t(`roles.${u.role}`)}</td>
              <td className="p-2" data-label={t('users.status')}>{u.disabledAt ? t('users.disabled') : t('users.active')}</td>
              <td className="p-2 text-xs text-stone-600" data-last-change={u.lastChange?.kind} data-wide>
                {u.lastChange &&
                  rich('users.changeBy', {
                    change: t(`users.events.${u.lastChange.kind}`),
                    actor: u.lastChange.actorName ? <span dir="auto">{u.lastChange.actorName}</span> : t('history.system'),
                    date: dateTime(u.lastChange.createdAt),
                  })}
              </td>
              <td className="p-2" data-wide>
                {u.id === actor.id ? (
                  t('users.self')
                ) : (
                  <div className="flex flex-wrap items-center gap-2">
                    <UserToggle userId={u.id} disabled={!!u.disabledAt} />
                    <SignOutEverywhere userId={u.id} label={t('users.signOutEverywhere')} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <UserForm />
    </div>
  );
}
