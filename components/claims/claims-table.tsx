'use client';
import Link from 'next/link';
import { useState } from 'react';
import { bulkClaimsAction } from '@/app/_actions/claims/assign';
import { useI18n } from '@/components/i18n/i18n-provider';
import { StatusBadge } from '@/components/claims/status-badge';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';
import type { ClaimListRow } from '@/db/queries/list-claims';

type BulkAction = 'assign' | 'dismiss' | 'in_review';

/** The claim list with a selection and one action over it (each claim its own history row). */
export function ClaimsTable({
  claims,
  users,
  canAssign,
}: {
  claims: ClaimListRow[];
  users: Array<{ id: number; name: string }>;
  canAssign: boolean;
}) {
  const { t, rich, id, dateTime } = useI18n();
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [action, setAction] = useState<BulkAction>('in_review');
  const [assignee, setAssignee] = useState<string>('');
  const [note, setNote] = useState('');
  const bulk = useMutation(bulkClaimsAction);
  const [outcome, setOutcome] = useState<{ done: number; refused: number } | null>(null);
  const toggle = (claimId: number) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(claimId)) next.delete(claimId);
      else next.add(claimId);
      return next;
    });
  const all = claims.length > 0 && claims.every((c) => selected.has(c.id));

  return (
    // On a phone the list comes first: the bulk bar shows once a claim is selected, pinned
    // to the bottom of the screen below the list.
    <div className="flex flex-col gap-3">
      <form
        aria-label={t('claimsPage.bulk')}
        data-bulk-form
        className={`card flex flex-wrap items-end gap-2 max-lg:sticky max-lg:bottom-0 max-lg:z-10 max-lg:order-last max-lg:shadow-lg ${selected.size === 0 ? 'max-lg:hidden' : ''}`}
        onSubmit={(e) => {
          e.preventDefault();
          setOutcome(null);
          const ids = [...selected];
          const input =
            action === 'assign'
              ? { action, ids, assignee: assignee ? Number(assignee) : null }
              : { action, ids, note: note || undefined };
          bulk.run(input, (r) => {
            setOutcome({ done: r.done.length, refused: r.refused.length });
            setSelected(new Set());
            setNote('');
          });
        }}
      >
        <label className="text-sm">
          <span className="block font-semibold">{t('claimsPage.bulk')}</span>
          <select name="bulkAction" value={action} onChange={(e) => setAction(e.target.value as BulkAction)} className="input">
            <option value="in_review">{t('claimsPage.bulkInReview')}</option>
            <option value="dismiss">{t('claimsPage.bulkDismiss')}</option>
            {canAssign && <option value="assign">{t('claimsPage.bulkAssign')}</option>}
          </select>
        </label>
        {action === 'assign' ? (
          <label className="text-sm">
            <span className="block">{t('claimsPage.assignee')}</span>
            <select name="bulkAssignee" value={assignee} onChange={(e) => setAssignee(e.target.value)} className="input">
              <option value="">{t('review.unassigned')}</option>
              {users.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <label className="min-w-0 flex-1 basis-full text-sm sm:basis-0">
            <span className="block">{t('claimsPage.bulkNote')}</span>
            <input name="bulkNote" dir="auto" value={note} onChange={(e) => setNote(e.target.value)} className="input" required={action === 'dismiss'} />
          </label>
        )}
        <button className="btn-primary" disabled={selected.size === 0 || bulk.pending}>
          {t('claimsPage.bulkApply')} (<bdi>{id(selected.size)}</bdi>)
        </button>
        <div className="w-full">
          <ActionError error={bulk.error} />
          <p role="status" aria-live="polite" className="text-sm text-green-800" data-bulk-outcome={outcome ? `${outcome.done}/${outcome.refused}` : undefined}>
            {outcome && rich('claimsPage.bulkDone', { done: id(outcome.done), refused: id(outcome.refused) })}
          </p>
        </div>
      </form>
      {claims.length === 0 ? (
        <p>{t('claimsPage.empty')}</p>
      ) : (
        <table className="w-full text-sm">
          <thead>
            <tr className="text-start">
              <th className="w-8 p-1">
                <input
                  type="checkbox"
                  aria-label={t('claimsPage.selectAll')}
                  checked={all}
                  onChange={() => setSelected(all ? new Set() : new Set(claims.map((c) => c.id)))}
                  className="size-5"
                />
              </th>
              <th className="p-1 text-start">{t('claimsPage.quote_col')}</th>
              <th className="p-1 text-start">{t('claimsPage.status_col')}</th>
              <th className="p-1 text-start max-md:hidden">{t('claimsPage.assignee_col')}</th>
              <th className="p-1 text-start max-md:hidden">{t('claimsPage.updated_col')}</th>
            </tr>
          </thead>
          <tbody>
            {claims.map((c) => (
              <tr key={c.id} className="border-t border-stone-200 align-top" data-claim-row={c.id}>
                <td className="p-1">
                  <input
                    type="checkbox"
                    aria-label={t('claimsPage.select', { id: id(c.id) })}
                    checked={selected.has(c.id)}
                    onChange={() => toggle(c.id)}
                    className="size-5"
                  />
                </td>
                <td className="p-1 break-words">
                  <Link href={`/review/${c.articleSlug}#claim-${c.id}`} className="text-accent underline">
                    <bdi lang={c.articleLanguage}>{c.quote}</bdi>
                  </Link>
                  <div className="text-xs text-stone-600">
                    <bdi lang={c.articleLanguage}>{c.articleTitle}</bdi>
                    {c.claimant && (
                      <>
                        {' · '}
                        <bdi lang={c.articleLanguage}>{c.claimant}</bdi>
                      </>
                    )}
                  </div>
                </td>
                <td className="p-1">
                  <StatusBadge status={c.status} label={t(`status.${c.status}`)} />
                </td>
                <td className="p-1 max-md:hidden" data-assignee>
                  {c.assigneeName ? <bdi>{c.assigneeName}</bdi> : <span className="text-stone-600">{t('review.unassigned')}</span>}
                </td>
                <td className="p-1 max-md:hidden">{dateTime(c.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
