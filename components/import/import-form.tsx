'use client';
import Link from 'next/link';
import { useState } from 'react';
import { importArticleAction } from '@/app/_actions/import';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';

export function ImportForm() {
  const { t, count } = useI18n();
  const [form, setForm] = useState({ text: '', title: '', outlet: '', url: '', published: '' });
  const { run, pending, error, result } = useMutation(importArticleAction);
  const field = (name: keyof typeof form) => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        run(form);
      }}
    >
      <label className="block text-sm">
        {t('importPage.titleField')}
        <input required dir="auto" {...field('title')} className="input" />
      </label>
      <div className="grid gap-3 md:grid-cols-3">
        <label className="block text-sm">
          {t('importPage.outlet')}
          <input dir="auto" {...field('outlet')} className="input" />
        </label>
        <label className="block text-sm">
          {t('importPage.url')}
          <input type="url" dir="ltr" {...field('url')} className="input" />
        </label>
        <label className="block text-sm">
          {t('importPage.published')}
          <input type="date" {...field('published')} className="input" />
        </label>
      </div>
      <label className="block text-sm">
        {t('importPage.text')}
        <textarea required dir="auto" rows={14} {...field('text')} className="input font-article" />
      </label>
      <ActionError error={error} />
      {result?.ok && (
        <p role="status" className="rounded bg-green-50 p-2 text-sm text-green-800">
          {result.data.created ? count('importCreated', result.data.claims) : t('importPage.existing')}{' '}
          <Link href={`/review/${result.data.slug}`} className="text-accent underline">
            {t('importPage.openDesk')}
          </Link>
        </p>
      )}
      <button className="btn-primary" disabled={pending}>
        {t('importPage.submit')}
      </button>
    </form>
  );
}
