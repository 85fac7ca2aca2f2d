import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { claims, evidence, reviewEvents, users, type Claim, type Evidence, type ReviewEvent, type VerdictPublication } from '../schema';
import { groupByClaim, publicationsOfArticles } from './publications-by-article';
import { isPublishedAsIs, snapshotEvidence } from './publications';

export type DeskEvidence = Evidence & { addedByName: string };
export type DeskEvent = ReviewEvent & { actorName: string | null };

export interface DeskClaim extends Claim {
  evidence: DeskEvidence[];
  history: DeskEvent[];
  /** The newest publication row (publish or unpublish), if any. */
  publication: VerdictPublication | null;
  /** Published, and the claim or its evidence changed since. */
  changedSincePublication: boolean;
}

const adder = alias(users, 'adder');

/** Everything the review desk shows for one article: claims, evidence, history, publications. */
export async function getDeskClaims(db: Db, articleId: number): Promise<{ claims: DeskClaim[]; articleEvents: DeskEvent[] }> {
  const claimRows = await db.select().from(claims).where(eq(claims.articleId, articleId)).orderBy(asc(claims.start), asc(claims.id));
  // Joined on the article rather than bound claim by claim; ordered as the indexes walk it.
  const evidenceRows = (
    await db
      .select({ evidence, addedByName: adder.name })
      .from(evidence)
      .innerJoin(claims, eq(claims.id, evidence.claimId))
      .innerJoin(adder, eq(adder.id, evidence.addedBy))
      .where(eq(claims.articleId, articleId))
      .orderBy(asc(claims.articleId), asc(claims.start), asc(claims.id), asc(evidence.id))
  ).map((r) => ({ ...r.evidence, addedByName: r.addedByName }));
  const events = (
    await db
      .select({ event: reviewEvents, actorName: users.name })
      .from(reviewEvents)
      .leftJoin(users, eq(users.id, reviewEvents.actorId))
      .where(eq(reviewEvents.articleId, articleId))
      .orderBy(asc(reviewEvents.id))
  ).map((r) => ({ ...r.event, actorName: r.actorName }));
  const publications = groupByClaim(await publicationsOfArticles(db, [articleId]));

  const evidenceByClaim = groupByClaim(evidenceRows);
  const eventsByClaim = groupByClaim(events.filter((e): e is DeskEvent & { claimId: number } => e.claimId !== null));
  return {
    claims: claimRows.map((c) => {
      const claimEvidence = evidenceByClaim.get(c.id) ?? [];
      const publication = publications.get(c.id)?.at(-1) ?? null;
      return {
        ...c,
        evidence: claimEvidence,
        history: eventsByClaim.get(c.id) ?? [],
        publication,
        changedSincePublication:
          publication?.action === 'publish' && !isPublishedAsIs(c.contentVersion, snapshotEvidence(claimEvidence), publication),
      };
    }),
    articleEvents: events.filter((e) => e.claimId === null),
  };
}
