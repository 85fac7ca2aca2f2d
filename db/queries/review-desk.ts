import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../client';
import { claims, evidence, users, type Claim, type Evidence, type ReviewEvent, type VerdictPublication } from '../schema';
import { groupByClaim, publicationsOfArticles } from './publications-by-article';
import { isPublishedAsIs, snapshotEvidence } from './publications';

export type DeskEvidence = Evidence & { addedByName: string };
export type DeskEvent = ReviewEvent & { actorName: string | null };

export interface DeskClaim extends Claim {
  evidence: DeskEvidence[];
  /**
   * The id of the claim's newest history event (0 for none). The desk loads a claim's history
   * when it is selected (getClaimHistory); this tells it when a change added an event.
   */
  historyHead: number;
  /** The newest publication row (publish or unpublish), if any. */
  publication: VerdictPublication | null;
  /** Published, and the claim or its evidence changed since. */
  changedSincePublication: boolean;
}

const adder = alias(users, 'adder');

/** Everything the review desk shows for one article: claims, evidence, publications. */
export async function getDeskClaims(db: Db, articleId: number): Promise<{ claims: DeskClaim[] }> {
  const claimRows = await db
    .select({
      claim: claims,
      // One index seek per claim (review_events_claim_idx), not every event of the article.
      historyHead: sql<number | null>`(SELECT max(e.id) FROM review_events e WHERE e.claim_id = "claims"."id")`,
    })
    .from(claims)
    .where(eq(claims.articleId, articleId))
    .orderBy(asc(claims.start), asc(claims.id));
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
  const publications = groupByClaim(await publicationsOfArticles(db, [articleId]));

  const evidenceByClaim = groupByClaim(evidenceRows);
  return {
    claims: claimRows.map(({ claim: c, historyHead }) => {
      const claimEvidence = evidenceByClaim.get(c.id) ?? [];
      const publication = publications.get(c.id)?.at(-1) ?? null;
      return {
        ...c,
        evidence: claimEvidence,
        historyHead: Number(historyHead ?? 0),
        publication,
        changedSincePublication:
          publication?.action === 'publish' && !isPublishedAsIs(c.contentVersion, snapshotEvidence(claimEvidence), publication),
      };
    }),
  };
}
