import { asc, eq } from 'drizzle-orm';
import { evidence, reviewEvents, type Claim } from '@/db/schema';
import type { Db, Tx } from '@/db/client';
import { latestPublication } from '@/db/queries/publications';
import { buildSnapshot } from '@/lib/desk/build-snapshot';
import type { ClaimSnapshot } from '@/lib/desk/claim-snapshot';

/** What the publication rules judge a claim by, read inside the transaction that acts on it. */
export async function loadSnapshot(tx: Db | Tx, claim: Claim): Promise<ClaimSnapshot> {
  const [evidenceRows, events, publication] = await Promise.all([
    tx.select({ addedAt: evidence.addedAt, removedAt: evidence.removedAt }).from(evidence).where(eq(evidence.claimId, claim.id)),
    tx
      .select({ kind: reviewEvents.kind, actorId: reviewEvents.actorId, toStatus: reviewEvents.toStatus, createdAt: reviewEvents.createdAt })
      .from(reviewEvents)
      .where(eq(reviewEvents.claimId, claim.id))
      .orderBy(asc(reviewEvents.id)),
    latestPublication(tx, claim.id),
  ]);
  return buildSnapshot({
    claim,
    evidence: evidenceRows,
    events,
    latestPublication: publication ? { action: publication.action, claimVersion: publication.claimVersion, publishedAt: publication.publishedAt } : null,
  });
}
