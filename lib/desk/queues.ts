/**
 * The predicates behind the ready-made queues, over the same snapshot as the publication
 * rules. The list queries filter in SQL (keyset pages, never "load all, filter in JS"):
 * each predicate has its twin in queue-sql.ts (QUEUE_SQL.<same name>), and
 * queue-sql.test.ts checks the two select the same claims over random histories.
 */
import { isVerdict } from '@/lib/verdicts/scale';
import { latestVerdictByReviewer, type ClaimSnapshot } from './claim-snapshot';
import { unmetPublicationRules, type PublicationOptions } from './publication-rules';

const DAY_MS = 86_400_000;

/** A verdict that needs evidence has none. */
export function judgedWithoutEvidence(s: ClaimSnapshot): boolean {
  return isVerdict(s.status) && s.status !== 'unverifiable' && s.evidenceCount === 0;
}

/**
 * Reviewers' standing verdicts differ, and no publication has settled it yet (once the
 * editor publishes, a later change of mind shows up as "changed since publication").
 */
export function reviewersDisagree(s: ClaimSnapshot): boolean {
  if (s.publication) return false;
  return new Set(latestVerdictByReviewer(s.reviews).values()).size > 1;
}

/** Still open (unreviewed or in review) and nobody has touched it for `days` days. */
export function untouchedFor(s: ClaimSnapshot, days: number, now: Date): boolean {
  if (s.status !== 'unreviewed' && s.status !== 'in_review') return false;
  return now.getTime() - s.lastActivityAt.getTime() > days * DAY_MS;
}

/** The public sees a verdict that no longer says what the claim and its evidence say now. */
export function changedSincePublication(s: ClaimSnapshot): boolean {
  if (!s.publication) return false;
  // An assignment since the publication moves the version, not the content version.
  if (s.version > s.publication.claimVersion) return true;
  return !!s.evidenceChangedAt && s.evidenceChangedAt.getTime() > s.publication.publishedAt.getTime();
}

export const ATTENTION_REASONS = ['judged_without_evidence', 'reviewers_disagree', 'untouched', 'changed_since_publication'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** Why a claim is in "needs attention" (empty: it is not). SQL: NEEDS_ATTENTION_SQL. */
export function attentionReasons(s: ClaimSnapshot, opts: { untouchedDays: number; now: Date }): AttentionReason[] {
  const out: AttentionReason[] = [];
  if (judgedWithoutEvidence(s)) out.push('judged_without_evidence');
  if (reviewersDisagree(s)) out.push('reviewers_disagree');
  if (untouchedFor(s, opts.untouchedDays, opts.now)) out.push('untouched');
  if (changedSincePublication(s)) out.push('changed_since_publication');
  return out;
}

/**
 * Meets every publication rule for this editor and would change what the public sees:
 * never published, or changed since. A correction's reason is asked for at publication,
 * so it does not keep a claim out of the queue.
 */
export function readyToPublish(s: ClaimSnapshot, editorId: number, options: PublicationOptions = {}): boolean {
  if (s.publication && !changedSincePublication(s)) return false;
  return unmetPublicationRules(s, editorId, null, options).every((r) => r.code === 'reason');
}
