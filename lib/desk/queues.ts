/**
 * The predicates behind the ready-made queues, over the same snapshot as the publication
 * rules. The list queries must filter in SQL (keyset pages, never "load all, filter in JS");
 * each predicate documents the SQL it corresponds to so the two can be tested against each
 * other on the same rows. In the SQL, `c` is the claims row, `:verdicts` the five verdicts,
 * and `latest_verdicts` this view of each reviewer's standing verdict (SQLite and PostgreSQL):
 *
 *   latest_verdicts AS (
 *     SELECT claim_id, actor_id, to_status AS verdict FROM (
 *       SELECT claim_id, actor_id, to_status,
 *              row_number() OVER (PARTITION BY claim_id, actor_id ORDER BY id DESC) AS rn
 *       FROM review_events
 *       WHERE kind = 'status_changed' AND actor_id IS NOT NULL AND to_status IN (:verdicts)
 *     ) WHERE rn = 1)
 *
 * and `p` the claim's newest verdict_publications row, when its action is 'publish'.
 */
import { isVerdict } from '@/lib/verdicts/scale';
import { latestVerdictByReviewer, type ClaimSnapshot } from './claim-snapshot';
import { unmetPublicationRules, type PublicationOptions } from './publication-rules';

const DAY_MS = 86_400_000;

/**
 * A verdict that needs evidence has none.
 * SQL: c.status IN ('verified','disputed','false','misleading')
 *      AND NOT EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND e.removed_at IS NULL)
 */
export function judgedWithoutEvidence(s: ClaimSnapshot): boolean {
  return isVerdict(s.status) && s.status !== 'unverifiable' && s.evidenceCount === 0;
}

/**
 * Reviewers' standing verdicts differ, and no publication has settled it yet (once the
 * editor publishes, a later change of mind shows up as "changed since publication").
 * SQL: p.id IS NULL AND c.id IN (SELECT claim_id FROM latest_verdicts
 *                                GROUP BY claim_id HAVING count(DISTINCT verdict) > 1)
 */
export function reviewersDisagree(s: ClaimSnapshot): boolean {
  if (s.publication) return false;
  return new Set(latestVerdictByReviewer(s.reviews).values()).size > 1;
}

/**
 * Still open (unreviewed or in review) and nobody has touched it for `days` days.
 * SQL: c.status IN ('unreviewed','in_review')
 *      AND (SELECT max(created_at) FROM review_events r WHERE r.claim_id = c.id) < :now - :days days
 * (cheaper with a claims.last_activity_at column kept in the transaction that writes the event.)
 */
export function untouchedFor(s: ClaimSnapshot, days: number, now: Date): boolean {
  if (s.status !== 'unreviewed' && s.status !== 'in_review') return false;
  return now.getTime() - s.lastActivityAt.getTime() > days * DAY_MS;
}

/**
 * The public sees a verdict that no longer says what the claim and its evidence say now.
 * SQL: p.id IS NOT NULL AND (c.version <> p.claim_version OR EXISTS (SELECT 1 FROM evidence e
 *      WHERE e.claim_id = c.id AND (e.added_at > p.published_at OR e.removed_at > p.published_at)))
 */
export function changedSincePublication(s: ClaimSnapshot): boolean {
  if (!s.publication) return false;
  if (s.version !== s.publication.claimVersion) return true;
  return !!s.evidenceChangedAt && s.evidenceChangedAt.getTime() > s.publication.publishedAt.getTime();
}

export const ATTENTION_REASONS = ['judged_without_evidence', 'reviewers_disagree', 'untouched', 'changed_since_publication'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** Why a claim is in "needs attention" (empty: it is not). SQL: the OR of the four above. */
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
 * SQL: c.status IN (:verdicts) AND trim(coalesce(c.explanation, '')) <> ''
 *      AND (c.status = 'unverifiable' OR EXISTS (SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND e.removed_at IS NULL))
 *      AND (NOT :requireSecondReviewer OR EXISTS (SELECT 1 FROM latest_verdicts v
 *           WHERE v.claim_id = c.id AND v.actor_id <> :editorId AND v.verdict = c.status))
 *      AND (p.id IS NULL OR <changed since publication>)
 */
export function readyToPublish(s: ClaimSnapshot, editorId: number, options: PublicationOptions = {}): boolean {
  if (s.publication && !changedSincePublication(s)) return false;
  return unmetPublicationRules(s, editorId, null, options).every((r) => r.code === 'reason');
}
