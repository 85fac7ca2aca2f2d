import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { suggestionRejections } from '@/db/schema';

type Rejected = { figureIds: string[]; claimIds: string[] };

/** The suggestions checkers rejected, per claim, as lib/figures' `rejected` sets. */
export async function rejectionsFor(db: Db | Tx, claimIds: number[]): Promise<Map<string, Rejected>> {
  const out = new Map<string, Rejected>();
  if (!claimIds.length) return out;
  const rows = await db
    .select()
    .from(suggestionRejections)
    .where(claimIds.length === 1 ? eq(suggestionRejections.claimId, claimIds[0]) : inArray(suggestionRejections.claimId, claimIds));
  for (const r of rows) {
    const key = String(r.claimId);
    const entry = out.get(key) ?? { figureIds: [], claimIds: [] };
    if (r.figureId !== null) entry.figureIds.push(String(r.figureId));
    if (r.rejectedClaimId !== null) entry.claimIds.push(String(r.rejectedClaimId));
    out.set(key, entry);
  }
  return out;
}
