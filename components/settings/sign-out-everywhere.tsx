'use client';
import { signOutEverywhereAction } from '@/app/_actions/account';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';

/** Ends every session of `userId` (an admin's button) or of oneself (then this page goes to sign-in). */
export function SignOutEverywhere({ userId, label }: { userId?: number; label: string }) {
  const { t } = useI18n();
  const { run, pending, error, result } = useMutation(signOutEverywhereAction);
  return (
    <>
      <button type="button" className="btn text-xs" disabled={pending} data-sign-out-everywhere={userId ?? 'self'}
        onClick={() => run(userId ? { userId } : {}, () => { if (!userId) window.location.assign('/signin'); })}>
        {label}
      </button>
      {userId && result?.ok && <span role="status" className="ms-2 text-xs text-green-800">{t('users.signedOut')}</span>}
      <ActionError error={error} />
    </>
  );
}
