/**
 * A ClaimSnapshot from the rows the database already has: the claim, its evidence rows,
 * its history (oldest first) and its newest publication row. Engine-free, so the publish
 * use case and the tests build it the same way on SQLite and PostgreSQL.
 */
import { CLAIM_STATUSES_V2, isVerdict, type ClaimStatusV2 } from '@/lib/verdicts/scale';
import type { ClaimSnapshot, VerdictReview } from './claim-snapshot';

export interface SnapshotRows {
  claim: { status: string; version: number; contentVersion?: number; explanation: string | null; createdAt: Date; updatedAt: Date };
  evidence: ReadonlyArray<{ addedAt: Date; removedAt: Date | null }>;
  /** review_events of the claim, oldest first. */
  events: ReadonlyArray<{ kind: string; actorId: number | null; toStatus: string | null; createdAt: Date }>;
  /** The claim's newest verdict_publications row, if any. */
  latestPublication: { action: 'publish' | 'unpublish'; claimVersion: number; publishedAt: Date } | null;
}

const maxDate = (dates: Array<Date | null>): Date | null =>
  dates.reduce<Date | null>((max, d) => (d && (!max || d.getTime() > max.getTime()) ? d : max), null);

export function buildSnapshot({ claim, evidence, events, latestPublication }: SnapshotRows): ClaimSnapshot {
  if (!(CLAIM_STATUSES_V2 as readonly string[]).includes(claim.status)) throw new Error(`Unknown claim status "${claim.status}".`);
  const reviews: VerdictReview[] = [];
  for (const e of events) {
    if (e.kind === 'status_changed' && e.actorId !== null && e.toStatus && isVerdict(e.toStatus)) {
      reviews.push({ actorId: e.actorId, verdict: e.toStatus, at: e.createdAt });
    }
  }
  return {
    status: claim.status as ClaimStatusV2,
    version: claim.contentVersion ?? claim.version,
    explanation: claim.explanation,
    evidenceCount: evidence.filter((e) => !e.removedAt).length,
    reviews,
    lastActivityAt: maxDate([claim.createdAt, claim.updatedAt, ...events.map((e) => e.createdAt)])!,
    evidenceChangedAt: maxDate(evidence.flatMap((e) => [e.addedAt, e.removedAt])),
    publication:
      latestPublication?.action === 'publish'
        ? { claimVersion: latestPublication.claimVersion, publishedAt: latestPublication.publishedAt }
        : null,
  };
}
