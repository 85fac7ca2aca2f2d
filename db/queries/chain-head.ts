import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { chainHead } from '../schema';

/** The history chain's head as the public may pin it: how many records, the last hash, when. */
export async function getChainHead(db: Db): Promise<{ count: number; head: string | null; at: string | null }> {
  const [row] = await db.select().from(chainHead).where(eq(chainHead.id, 1));
  return { count: row?.seq ?? 0, head: row?.hash ?? null, at: row && row.seq > 0 ? row.updatedAt.toISOString() : null };
}
