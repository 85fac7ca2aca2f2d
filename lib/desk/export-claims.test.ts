import { describe, expect, it } from 'vitest';
import { addEvidence } from '@/lib/claims/add-evidence';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles } from '@/db/schema';
import { assignClaim } from '@/lib/claims/assign-claim';
import { listDeskClaims } from '@/lib/claims/list-claims';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';

async function slugOf(db: Db, id: number) {
  return (await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, id)))[0].slug;
}
import { exportClaims, exportPages, parseExportFilters } from './export-claims';

async function text(response: Response) {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

describe('exportClaims', () => {
  it('streams one CSV row per claim with BOM, Arabic intact, evidence and the public verdict', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const { claims } = await createTestArticle(db);
    const [first, second] = claims;
    const checker = await createTestUser(db, 'checker');
    await addEvidence(db, checker, { claimId: first.id, url: 'https://example.org/a', stance: 'supports' });
    await reviewClaim(db, checker, { claimId: first.id, status: 'verified', note: 'Confirmed.', explanation: 'Two sources confirm it.', version: first.version });
    await publishVerdict(db, editor, { claimId: first.id });

    const csv = await text(exportClaims(db, editor, new URLSearchParams(), 'csv'));
    expect(csv.startsWith('\ufeffclaim_id,')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('وزارة الصحة');
    expect(lines[1]).toContain('https://example.org/a');
    expect(lines[1]).toMatch(/,verified,verified,Accurate,.*,published,/);
    expect(lines[2]).toContain('الأمم المتحدة');
    expect(lines[2]).toMatch(/,unreviewed,,,.*,unpublished,/);

    const json = JSON.parse(await text(exportClaims(db, editor, new URLSearchParams('published=published'), 'json')));
    expect(json).toEqual([expect.objectContaining({ claim_id: first.id, verdict: 'verified', evidence_urls: ['https://example.org/a'] })]);
    const other = JSON.parse(await text(exportClaims(db, editor, new URLSearchParams(`category=displacement`), 'json')));
    expect(other.map((r: { claim_id: number }) => r.claim_id)).toEqual([second.id]);
  });

  it('reads keyset pages in claim order, each page once', async () => {
    const db = await createTestDb();
    const a = await createTestArticle(db);
    const b = await createTestArticle(db);
    const ids: number[] = [];
    let pages = 0;
    for await (const page of exportPages(db, {}, { id: 0, requireSecondReviewer: true }, 1)) {
      pages += 1;
      ids.push(...page.map((r) => r.claimId));
    }
    expect(ids).toEqual([...a.claims, ...b.claims].map((c) => c.id));
    expect(pages).toBe(4);
  });

  it('refuses anonymous callers and filters /claims refuses', async () => {
    const db = await createTestDb();
    expect(() => exportClaims(db, null, new URLSearchParams(), 'csv')).toThrow(expect.objectContaining({ code: 'unauthorized' }));
    expect(() => parseExportFilters(new URLSearchParams('status=nope'))).toThrow(/status: "nope"/);
    expect(() => parseExportFilters(new URLSearchParams('queue=someday'))).toThrow(/queue/);
    expect(() => parseExportFilters(new URLSearchParams('assignee=me'))).toThrow(/assignee/);
  });

  it('takes the assignee and queue filters of /claims and selects what the list selects', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const checker = await createTestUser(db, 'checker');
    const a = await createTestArticle(db);
    const b = await createTestArticle(db);
    const [a1, a2] = a.claims;
    const [b1] = b.claims;
    await assignClaim(db, editor, { claimId: a1.id, assignee: checker.id, version: a1.version });
    // Judged without evidence: in "needs attention". Unverifiable with an explanation, by a checker: ready for the editor.
    await reviewClaim(db, checker, { claimId: a2.id, status: 'false', note: 'The ministry says otherwise.', version: a2.version });
    await reviewClaim(db, checker, { claimId: b1.id, status: 'unverifiable', note: 'Nobody can say.', explanation: 'No source can say.', version: b1.version });

    const ids = async (who: typeof editor, query: string) =>
      (JSON.parse(await text(exportClaims(db, who, new URLSearchParams(query), 'json'))) as Array<{ claim_id: number }>).map((r) => r.claim_id).sort((x, y) => x - y);
    const listed = async (who: typeof editor, query: string) =>
      (await listDeskClaims(db, who, new URLSearchParams(`${query}&limit=200`))).claims.map((c) => c.id).sort((x, y) => x - y);
    const all = [...a.claims, ...b.claims].map((c) => c.id);
    for (const [who, query] of [
      [editor, `assignee=${checker.id}`],
      [editor, 'assignee=none'],
      [checker, 'queue=mine'],
      [editor, 'queue=unassigned'],
      [editor, 'queue=attention'],
      [editor, 'queue=ready'],
      [editor, `queue=unassigned&category=displacement`],
    ] as const) {
      const exported = (await ids(who, query)).filter((id) => all.includes(id));
      expect(exported, query).toEqual((await listed(who, query)).filter((id) => all.includes(id)));
    }
    expect(await ids(editor, `assignee=${checker.id}`)).toEqual([a1.id]);
    expect(await ids(checker, 'queue=mine')).toEqual([a1.id]);
    expect((await ids(editor, 'queue=attention')).filter((id) => all.includes(id))).toEqual([a2.id]);
    expect((await ids(editor, 'queue=ready')).filter((id) => all.includes(id))).toEqual([b1.id]);
    expect((await ids(editor, 'queue=unassigned')).filter((id) => all.includes(id))).toEqual([a2.id, b1.id, b.claims[1].id].sort((x, y) => x - y));

    // The row says who it is assigned to and what readers would be told.
    const [row] = JSON.parse(await text(exportClaims(db, editor, new URLSearchParams(`article=${(await slugOf(db, b.articleId))}&status=unverifiable`), 'json')));
    expect(row).toMatchObject({ claim_id: b1.id, public_explanation: 'No source can say.' });
    const [assigned] = JSON.parse(await text(exportClaims(db, editor, new URLSearchParams(`assignee=${checker.id}`), 'json')));
    expect(assigned.assignee).toBe(checker.name);
  });
});
