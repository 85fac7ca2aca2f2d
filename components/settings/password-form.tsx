'use client';
import { useState } from 'react';
import { changeOwnPasswordAction } from '@/app/_actions/account';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';

export function PasswordForm() {
  const { t } = useI18n();
  const empty = { currentPassword: '', newPassword: '' };
  const [form, setForm] = useState(empty);
  const { run, pending, error, result } = useMutation(changeOwnPasswordAction);
  return (
    <form
      className="card space-y-3"
      aria-labelledby="password-title"
      onSubmit={(e) => {
        e.preventDefault();
        run(form, () => setForm(empty));
      }}
    >
      <h2 id="password-title" className="font-semibold">{t('settings.passwordTitle')}</h2>
      <label className="block text-sm">
        {t('settings.currentPassword')}
        <input name="currentPassword" type="password" required autoComplete="current-password" dir="ltr" className="input"
          value={form.currentPassword} onChange={(e) => setForm({ ...form, currentPassword: e.target.value })} />
      </label>
      <label className="block text-sm">
        {t('settings.newPassword')}
        <input name="newPassword" type="password" required minLength={10} autoComplete="new-password" dir="ltr" className="input"
          value={form.newPassword} onChange={(e) => setForm({ ...form, newPassword: e.target.value })} />
      </label>
      <ActionError error={error} />
      <p role="status" aria-live="polite" className="text-sm text-green-800">
        {result?.ok && t('settings.passwordChanged')}
      </p>
      <button className="btn-primary" disabled={pending}>{t('settings.changePassword')}</button>
    </form>
  );
}
