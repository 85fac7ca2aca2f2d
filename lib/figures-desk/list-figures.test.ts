import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claims } from '@/db/schema';
import { importArticle } from '@/lib/articles/import-article';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { createFigure } from './create-figure';
import { linkClaimFigure } from './link-claim-figure';
import { listFigures } from './list-figures';

const SEED = readFileSync('db/seed/karabakh-talks.ar.txt', 'utf8');

describe('figure index', () => {
  it("counts each figure's own linked claims, not claims whose id equals the figure's", async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const { article } = await importArticle(db, 'cli', { text: SEED, title: 'Karabakh talks', published: '2023-09-22' }, 'cli');
    const rows = await db.select().from(claims).where(eq(claims.articleId, article.id)).orderBy(claims.id);
    const empty = await createFigure(db, checker, { title_en: 'Nothing linked', category: 'casualties', counted: 'killed' });
    const busy = await createFigure(db, checker, { title_en: 'Three linked', category: 'violations', counted: 'violations' });
    // Link three claims whose ids are not the figures' ids, so a count by the wrong id shows.
    for (const claim of rows.slice(3, 6)) await linkClaimFigure(db, checker, { claimId: claim.id, figureId: busy.id, version: claim.version });
    const { figures } = await listFigures(db, {});
    expect(Object.fromEntries(figures.map((f) => [f.id, f.claims]))).toEqual({ [empty.id]: 0, [busy.id]: 3 });
  });
});
