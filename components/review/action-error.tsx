'use client';
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { ActionResult } from '@/lib/http/action-result';

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** A refusal in the reader's language: what went wrong and, for input, which fields. */
export function ActionError({ error }: { error: Failure | null }) {
  const { t, rich, locale, messages } = useI18n();
  const router = useRouter();
  if (!error) return null;
  const fieldNames = messages.fields as Record<string, string>;
  let text: ReactNode;
  if (error.code === 'invalid_input' && error.fields?.note && /rationale/.test(error.fields.note)) {
    text = t('errors.rationaleRequired');
  } else if (error.code === 'invalid_input' && error.fields && Object.keys(error.fields).length) {
    const fields = Object.keys(error.fields).map((f) => fieldNames[f] ?? f);
    text = rich('errors.invalid_input', { fields: fields.join(locale === 'ar' ? '، ' : ', ') });
  } else if (error.code === 'invalid_input') {
    text = t('errors.invalid_input_plain');
  } else {
    text = t(`errors.${error.code}`);
  }
  return (
    <div role="alert" data-error-code={error.code} className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">
      <p>{text}</p>
      {locale === 'en' && error.code !== 'unknown' && <p className="mt-1 text-xs text-red-700">{error.message}</p>}
      {error.code === 'conflict' && (
        <button type="button" className="btn mt-2" onClick={() => router.refresh()}>
          {t('errors.reload')}
        </button>
      )}
    </div>
  );
}
