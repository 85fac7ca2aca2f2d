import type { EventContext, HistoryEvent } from './history-list';

/**
 * An event as HistoryList (a client component) gets it: only the fields it shows. Whatever is
 * handed to it travels in the page's payload or the action's answer, and the chain's hashes,
 * sequence and ids would be half of each event. Called on the server (/activity); the desk's
 * claim-history action selects no more than these in its query (getClaimHistory).
 */
export function historyItem(e: HistoryEvent & Partial<EventContext>): HistoryEvent & Partial<EventContext> {
  return {
    id: e.id,
    kind: e.kind,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    note: e.note,
    payload: e.payload,
    createdAt: e.createdAt,
    actorName: e.actorName,
    ...(e.articleSlug === undefined
      ? {}
      : { articleSlug: e.articleSlug, articleTitle: e.articleTitle, articleLanguage: e.articleLanguage, claimQuote: e.claimQuote }),
  };
}
