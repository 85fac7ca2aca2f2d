import { isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { lockHead, moveHead, sealRow } from './append';
import { chainedTables } from './tables';

/**
 * Links the rows written before the chain existed (a desk upgraded from an earlier version),
 * oldest first, after the current head. Runs when the database is opened after migrating;
 * once every row is linked it finds nothing and costs one indexed look-up per table.
 */
export async function chainLegacyRecords(db: Db): Promise<number> {
  const tables = chainedTables(db.engine);
  const pending = await Promise.all(
    tables.map(async ({ table }) => (await db.select({ id: table.id }).from(table).where(isNull(table.chainSeq)).limit(1)).length),
  );
  if (pending.every((n) => n === 0)) return 0;
  return db.transaction(async (tx) => {
    // Locked before reading, so a second server starting at once finds the rows already linked.
    let head = await lockHead(tx);
    const rows: { rank: number; at: number; row: Record<string, unknown> }[] = [];
    for (const [rank, { table }] of tables.entries()) {
      for (const row of await tx.select().from(table).where(isNull(table.chainSeq))) {
        const when = ('publishedAt' in row ? row.publishedAt : row.createdAt) as Date;
        rows.push({ rank, at: when.getTime(), row });
      }
    }
    rows.sort((a, b) => a.at - b.at || a.rank - b.rank || (a.row.id as number) - (b.row.id as number));
    for (const { rank, row } of rows) {
      const { chainSeq: _s, prevHash: _p, hash: _h, ...content } = row;
      head = await sealRow(tx, tables[rank].table, content, head);
    }
    await moveHead(tx, head);
    return rows.length;
  });
}
