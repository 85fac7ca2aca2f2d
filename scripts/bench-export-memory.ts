/**
 * Live heap while the claims CSV export streams N claims from a throwaway SQLite database:
 * `npx tsx --expose-gc scripts/bench-export-memory.ts 100000`. Flat memory means the
 * export reads keyset pages as the reader pulls, never the whole list.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/client';
import { articles, claims } from '../db/schema';
import { exportClaims } from '../lib/desk/export-claims';

async function main() {
  const n = Number(process.argv[2] ?? 20000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-'));
  const db = await openDatabase(path.join(dir, 'b.db'));
  await db.transaction(async (tx) => {
    const body = 'قالت وزارة الصحة إن 12 شخصاً قتلوا';
    const [a] = await tx.insert(articles).values({ slug: 'bench', title: 'مقال', body, bodyHash: createHash('sha256').update(body).digest('hex') }).returning();
    for (let i = 0; i < n; i += 500) {
      await tx.insert(claims).values(Array.from({ length: Math.min(500, n - i) }, () => ({ articleId: a.id, quote: '12 شخصاً', start: 20, end: 28, value: 12, counted: 'killed', category: 'casualties' as const, claimant: 'وزارة الصحة', origin: 'extractor' as const }))).returning({ id: claims.id });
    }
  });
  const actor = { id: 1, role: 'editor' as const, name: 'b', email: 'b@x' };
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before, bytes = 0, chunks = 0;
  const t0 = performance.now();
  const reader = exportClaims(db, actor, new URLSearchParams(), 'csv').body!.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    // Live memory, not garbage waiting for a collection: collect every 20 pages, then measure.
    if (++chunks % 20 === 0) {
      global.gc?.();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  const ms = performance.now() - t0;
  console.log(`${n} claims: ${(bytes / 1e6).toFixed(1)} MB CSV in ${ms.toFixed(0)} ms; heap before ${(before / 1e6).toFixed(1)} MB, peak ${(peak / 1e6).toFixed(1)} MB (+${((peak - before) / 1e6).toFixed(1)} MB)`);
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
main();
