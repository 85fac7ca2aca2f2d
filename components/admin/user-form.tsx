'use client';
import { useState } from 'react';
import { saveUserAction } from '@/app/_actions/users';
import { EnumSelect } from '@/components/forms/enum-select';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';
import { ROLES, type Role } from '@/lib/vocabulary';

export function UserForm() {
  const { t } = useI18n();
  const empty = { email: '', name: '', role: 'checker' as Role, password: '' };
  const [form, setForm] = useState(empty);
  const { run, pending, error, result } = useMutation(saveUserAction);
  return (
    <form
      className="card grid gap-3 md:grid-cols-2"
      aria-label={t('users.formTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        run(form, () => setForm(empty));
      }}
    >
      <h2 className="text-lg font-semibold md:col-span-2">{t('users.formTitle')}</h2>
      <label className="text-sm">
        {t('users.email')}
        <input name="email" type="email" required dir="ltr" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} className="input" />
      </label>
      <label className="text-sm">
        {t('users.name')}
        <input name="name" dir="auto" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} className="input" />
      </label>
      <label className="text-sm">
        {t('users.role')}
        <EnumSelect name="role" values={ROLES} value={form.role} onChange={(v) => v && setForm({ ...form, role: v })} labelOf={(r) => t(`roles.${r}`)} />
      </label>
      <label className="text-sm">
        {t('users.password')}
        <input
          name="password"
          type="password"
          minLength={10}
          autoComplete="new-password"
          dir="ltr"
          value={form.password}
          onChange={(e) => setForm({ ...form, password: e.target.value })}
          className="input"
        />
      </label>
      <div className="md:col-span-2">
        <ActionError error={error} />
        {result?.ok && <p role="status" className="text-sm text-green-700">{t('users.saved')}</p>}
        <button className="btn-primary mt-2" disabled={pending}>
          {t('users.save')}
        </button>
      </div>
    </form>
  );
}
