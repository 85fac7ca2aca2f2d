'use client';
import Link from 'next/link';
import { useState } from 'react';
import { importArticleAction, previewLinkAction } from '@/app/_actions/import';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';

export function ImportForm() {
  const { t, count } = useI18n();
  const [form, setForm] = useState({ text: '', title: '', outlet: '', url: '', published: '' });
  const { run, pending, error, result } = useMutation(importArticleAction);
  const [link, setLink] = useState('');
  const preview = useMutation(previewLinkAction);
  const fetched = preview.result?.ok ? preview.result.data : null;
  const field = (name: keyof typeof form) => ({
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }),
  });
  // The link is fetched on the server and fills the form below: the editor reads the
  // extracted text, metadata and claims, corrects what is wrong, and imports as usual.
  const linkForm = (
    <form
      className="card space-y-2"
      aria-labelledby="import-from-link"
      onSubmit={(e) => {
        e.preventDefault();
        preview.run({ url: link }, (p) =>
          setForm({ text: p.text, title: p.title ?? '', outlet: p.outlet ?? '', url: p.url, published: p.published ?? '' }),
        );
      }}
    >
      <h2 id="import-from-link" className="font-semibold">
        {t('importPage.fromLink')}
      </h2>
      <label htmlFor="import-link" className="block text-sm">
        {t('importPage.link')}
      </label>
      <div className="flex flex-wrap gap-2">
        <input id="import-link" type="url" required dir="ltr" value={link} onChange={(e) => setLink(e.target.value)} className="input min-w-0 flex-1" />
        <button className="btn" disabled={preview.pending}>
          {t('importPage.fetch')}
        </button>
      </div>
      <ActionError error={preview.error} />
      {fetched && (
        <div role="status" className="space-y-2 text-sm" data-link-preview>
          <p className="text-green-800">{t('importPage.fetched')}</p>
          <h3 className="font-semibold">{t('importPage.claimsFound')}</h3>
          {fetched.claims.length === 0 ? (
            <p>{t('importPage.noClaimsFound')}</p>
          ) : (
            <ul className="list-disc space-y-1 ps-5" lang={fetched.language ?? undefined} dir="auto" data-found-claims>
              {fetched.claims.map((c, i) => (
                <li key={i}>
                  <q>{c.quote}</q>
                  {c.claimant && <> — {c.claimant}</>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );

  return (
    <>
    {linkForm}
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
    </>
  );
}
