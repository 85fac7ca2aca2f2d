'use client';
import { setUserDisabledAction } from '@/app/_actions/users';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';

export function UserToggle({ userId, disabled }: { userId: number; disabled: boolean }) {
  const { t } = useI18n();
  const { run, pending, error } = useMutation(setUserDisabledAction);
  return (
    <>
      <button type="button" className="btn text-xs" disabled={pending} onClick={() => run({ userId, disabled: !disabled })}>
        {disabled ? t('users.enable') : t('users.disable')}
      </button>
      <ActionError error={error} />
    </>
  );
}
