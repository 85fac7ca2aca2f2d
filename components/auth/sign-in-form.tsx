'use client';
import { useActionState } from 'react';
import { signInWithPassword } from '@/app/_actions/session';
import { useI18n } from '@/components/i18n/i18n-provider';

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const { t } = useI18n();
  const [state, action, pending] = useActionState(signInWithPassword, { failed: false });
  return (
    <form action={action} className="space-y-3 rounded border border-stone-200 bg-white p-4">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label className="block">
        <span className="text-sm font-medium">{t('signIn.email')}</span>
        <input name="email" type="email" required autoComplete="username" dir="ltr" className="input" defaultValue={state.email} key={state.email} />
      </label>
      <label className="block">
        <span className="text-sm font-medium">{t('signIn.password')}</span>
        <input name="password" type="password" required autoComplete="current-password" dir="ltr" className="input" />
      </label>
      {state.failed && (
        <p role="alert" className="text-sm text-red-700">
          {t(state.throttled ? 'signIn.throttled' : 'signIn.failed')}
        </p>
      )}
      <button disabled={pending} className="btn-primary w-full">
        {t('signIn.submit')}
      </button>
    </form>
  );
}
