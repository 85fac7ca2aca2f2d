import type { ClaimFields, ClaimStatus, EventKind, Stance, VerdictStatus } from '@/db/schema';
import { reviewEvents } from '@/db/schema';
import type { Db, Tx } from '@/db/client';
import type { DeskEventPayloads } from '@/lib/desk/desk-events';
import { appendRecord } from '@/db/chain/append';


/** The typed payload each kind of history row carries. */
export interface EventPayloads extends DeskEventPayloads {
  article_imported: { source: 'cli' | 'web' | 'api'; claims: number; characters: number; removedDebris: number };
  claim_created: { origin: 'extractor' | 'manual' } & ClaimFields;
  claim_edited: { changes: Partial<Record<keyof ClaimFields, { from: unknown; to: unknown }>> };
  status_changed: Record<string, never>;
  evidence_added: { evidenceId: number; url: string; title: string | null; stance: Stance; note: string | null };
  evidence_removed: { evidenceId: number; url: string; title: string | null; stance: Stance };
  comment: Record<string, never>;
  verdict_published: { publicationId: number; status: VerdictStatus; evidenceCount: number };
  verdict_unpublished: { publicationId: number };
  figure_linked: { figureId: number; previousFigureId: number | null; suggested: boolean };
  figure_unlinked: { figureId: number };
  suggestion_rejected: { figureId: number | null; claimId: number | null };
  /** An earlier verdict copied as a starting point: never the claim's own verdict. */
  verdict_reused: { fromClaimId: number; status: string; rationale: string | null; articleId: number };
}

export type NewEvent = {
  [K in EventKind]: {
    kind: K;
    articleId: number;
    claimId: number | null;
    actorId: number | null;
    payload: EventPayloads[K];
    note?: string | null;
    fromStatus?: ClaimStatus | null;
    toStatus?: ClaimStatus | null;
    at?: Date;
  };
}[EventKind];

/** Appends one history row. Call it inside the transaction that makes the change. */
export async function recordEvent(tx: Db | Tx, event: NewEvent): Promise<number> {
  // appendRecord links the row into the tamper-evident history chain (db/chain).
  const row = await appendRecord(tx, reviewEvents, {
      articleId: event.articleId,
      claimId: event.claimId,
      actorId: event.actorId,
      kind: event.kind,
      fromStatus: event.fromStatus ?? null,
      toStatus: event.toStatus ?? null,
      note: event.note ?? null,
      payload: event.payload as Record<string, unknown>,
      createdAt: event.at ?? new Date(),
  });
  return row.id;
}
