import type { Db, Tx } from '@/db/client';
import { figureEvents, type Figure } from '@/db/schema';
import { appendRecord } from '@/db/chain/append';
import type { FigureEventKind } from '@/lib/vocabulary';

/** The fields a checker names a figure by, as its history records them. */
export type FigureFields = Pick<Figure, 'slug' | 'titleAr' | 'titleEn' | 'category' | 'counted' | 'place'> & { from: string | null; to: string | null };

export interface FigureEventPayloads {
  figure_created: FigureFields;
  figure_edited: { changes: Partial<Record<keyof FigureFields, { from: unknown; to: unknown }>> };
}

export function figureFields(figure: Figure): FigureFields {
  const { slug, titleAr, titleEn, category, counted, place } = figure;
  return { slug, titleAr, titleEn, category, counted, place, from: figure.periodFrom, to: figure.periodTo };
}

/** Appends one figure history row; call it inside the transaction that makes the change. */
export async function recordFigureEvent<K extends FigureEventKind>(
  tx: Db | Tx,
  event: { kind: K; figureId: number; actorId: number | null; payload: FigureEventPayloads[K]; at?: Date },
): Promise<number> {
  // appendRecord links the row into the tamper-evident history chain (db/chain).
  const row = await appendRecord(tx, figureEvents, {
    figureId: event.figureId,
    actorId: event.actorId,
    kind: event.kind,
    payload: event.payload as Record<string, unknown>,
    createdAt: event.at ?? new Date(),
  });
  return row.id;
}
