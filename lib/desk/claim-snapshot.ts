import type { ClaimStatusV2, Verdict } from '@/lib/verdicts/scale';

/** One verdict a reviewer gave: a status_changed history row whose to_status is a verdict. */
export interface VerdictReview {
  actorId: number;
  verdict: Verdict;
  at: Date;
}

/**
 * What the publication rules and the queues judge a claim by. Everything here is one row or
 * one aggregate away in SQL, so the list filters can mirror the predicates (see each one).
 */
export interface ClaimSnapshot {
  status: ClaimStatusV2;
  /** claims.content_version: moved by every change to the claim's content (its fields, status, explanation), not by an assignment. */
  version: number;
  /** The public explanation, written for readers; never the internal rationale. */
  explanation: string | null;
  /** Evidence items not removed. */
  evidenceCount: number;
  /** Every verdict given on the claim, oldest first (history order breaks ties in time). */
  reviews: readonly VerdictReview[];
  /** The newest history row of the claim (any kind): the last time anyone touched it. */
  lastActivityAt: Date;
  /** Newest added_at or removed_at among its evidence rows; null without evidence rows. */
  evidenceChangedAt: Date | null;
  /** The publication the public sees now; null if never published or withdrawn. */
  publication: { claimVersion: number; publishedAt: Date } | null;
}

/** Each reviewer's latest verdict: a reviewer who changed their mind counts once, as they stand. */
export function latestVerdictByReviewer(reviews: readonly VerdictReview[]): Map<number, Verdict> {
  const latest = new Map<number, VerdictReview>();
  for (const r of reviews) {
    const seen = latest.get(r.actorId);
    if (!seen || r.at.getTime() >= seen.at.getTime()) latest.set(r.actorId, r);
  }
  return new Map([...latest].map(([id, r]) => [id, r.verdict]));
}
