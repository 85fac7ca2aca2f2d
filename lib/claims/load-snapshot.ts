import { asc, eq } from 'drizzle-orm';
import { evidence, reviewEvents, type Claim } from '@/db/schema';
import type { Db, Tx } from '@/db/client';
import { latestPublication } from '@/db/queries/publications';
import { buildSnapshot } from '@/lib/desk/build-snapshot';
import type { ClaimSnapshot } from '@/lib/desk/claim-snapshot';

/** What the publication rules judge a claim by, read inside the transaction that acts on it. */
export async function loadSnapshot(tx: Db | Tx, claim: Claim): Promise<ClaimSnapshot> {
  // One after another: a transaction is one connection, which runs one statement at a time
  // anyway, and node-postgres deprecates queueing a query on a client that is busy.
  const evidenceRows = await tx.select({ addedAt: evidence.addedAt, removedAt: evidence.removedAt }).from(evidence).where(eq(evidence.claimId, claim.id));
  const events = await tx
    .select({ kind: reviewEvents.kind, actorId: reviewEvents.actorId, toStatus: reviewEvents.toStatus, createdAt: reviewEvents.createdAt })
    .from(reviewEvents)
    .where(eq(reviewEvents.claimId, claim.id))
    .orderBy(asc(reviewEvents.id));
  const publication = await latestPublication(tx, claim.id);
  return buildSnapshot({
    claim,
    evidence: evidenceRows,
    events,
    latestPublication: publication ? { action: publication.action, claimVersion: publication.claimVersion, publishedAt: publication.publishedAt } : null,
  });
}
