import type { DeskClaim as StoredDeskClaim } from '@/db/queries/review-desk';

/**
 * The fields of a claim the desk's browser code reads. The page serialises every claim of the
 * article into its payload; the stored row also carries bookkeeping the desk never shows
 * (timestamps, retrieval keys, matching features, assignee) and each publication its full
 * snapshot and chain hashes. Leaving them out took the bench's desk page (100 claims) from
 * 333 to 283 KB of HTML (36.7 to 32.1 KB gzip).
 */
export function toDeskClaim(c: StoredDeskClaim) {
  return {
    id: c.id,
    quote: c.quote,
    start: c.start,
    end: c.end,
    mentions: c.mentions,
    value: c.value,
    qualifier: c.qualifier,
    counted: c.counted,
    countedKind: c.countedKind,
    category: c.category,
    claimant: c.claimant,
    claimantKind: c.claimantKind,
    confidence: c.confidence,
    rule: c.rule,
    figureId: c.figureId,
    status: c.status,
    rationale: c.rationale,
    explanation: c.explanation,
    origin: c.origin,
    version: c.version,
    historyHead: c.historyHead,
    changedSincePublication: c.changedSincePublication,
    publication: c.publication && {
      action: c.publication.action,
      status: c.publication.status,
      publishedAt: c.publication.publishedAt,
    },
    evidence: c.evidence.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      stance: e.stance,
      note: e.note,
      addedByName: e.addedByName,
      addedAt: e.addedAt,
      removedAt: e.removedAt,
    })),
  };
}
