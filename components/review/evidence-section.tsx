'use client';
import { useState } from 'react';
import { addEvidenceAction, removeEvidenceAction } from '@/app/_actions/claims/evidence';
import { EnumSelect } from '@/components/forms/enum-select';
import { useI18n } from '@/components/i18n/i18n-provider';
import { STANCES, type Stance } from '@/lib/vocabulary';
import { ActionError } from './action-error';
import type { DeskClaim } from './types';
import { useMutation } from './use-mutation';

export function EvidenceSection({ claim }: { claim: DeskClaim }) {
  const { t, rich, dateTime } = useI18n();
  const add = useMutation(addEvidenceAction);
  const remove = useMutation(removeEvidenceAction);
  const [form, setForm] = useState({ url: '', title: '', stance: 'supports' as Stance, note: '' });
  const active = claim.evidence.filter((e) => !e.removedAt);

  return (
    <section className="space-y-2" aria-labelledby="evidence-heading">
      <h3 id="evidence-heading" className="text-sm font-semibold">
        {t('evidence.title')}
      </h3>
      {active.length === 0 ? (
        <p className="text-sm text-stone-600">{t('evidence.none')}</p>
      ) : (
        <ul className="space-y-1 text-sm" data-evidence-list>
          {active.map((e) => (
            <li key={e.id} className="flex items-start justify-between gap-2 rounded bg-stone-50 p-2">
              <span>
                <span className="font-medium">{t(`stance.${e.stance}`)}: </span>
                <a href={e.url} target="_blank" rel="noopener noreferrer" className="text-accent underline">
                  <bdi dir="auto">{e.title ?? e.url}</bdi>
                </a>
                {e.note && <span className="block text-stone-600"><bdi dir="auto">{e.note}</bdi></span>}
                <span className="block text-xs text-stone-600">
                  {rich('evidence.addedBy', { name: <span dir="auto">{e.addedByName}</span>, date: dateTime(e.addedAt) })}
                </span>
              </span>
              <button
                type="button"
                className="btn text-xs"
                disabled={remove.pending}
                onClick={() => remove.run({ claimId: claim.id, evidenceId: e.id })}
              >
                {t('evidence.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ActionError error={remove.error} />
      <form
        className="grid gap-2 rounded border border-dashed border-stone-300 p-2"
        aria-label={t('evidence.add')}
        onSubmit={(e) => {
          e.preventDefault();
          add.run({ claimId: claim.id, ...form }, () => setForm({ url: '', title: '', stance: form.stance, note: '' }));
        }}
      >
        <label className="text-sm">
          {t('evidence.url')}
          <input
            name="url"
            type="url"
            required
            dir="ltr"
            value={form.url}
            onChange={(e) => setForm({ ...form, url: e.target.value })}
            className="input"
          />
        </label>
        <label className="text-sm">
          {t('evidence.linkTitle')}
          <input name="title" dir="auto" value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} className="input" />
        </label>
        <label className="text-sm">
          {t('evidence.stance')}
          <EnumSelect
            name="stance"
            values={STANCES}
            value={form.stance}
            onChange={(v) => v && setForm({ ...form, stance: v })}
            labelOf={(s) => t(`stance.${s}`)}
          />
        </label>
        <label className="text-sm">
          {t('evidence.note')}
          <input name="evidenceNote" dir="auto" value={form.note} onChange={(e) => setForm({ ...form, note: e.target.value })} className="input" />
        </label>
        <ActionError error={add.error} />
        <button className="btn" disabled={add.pending}>
          {t('evidence.add')}
        </button>
      </form>
    </section>
  );
}
