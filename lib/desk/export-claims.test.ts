import { describe, expect, it } from 'vitest';
import { addEvidence } from '@/lib/claims/add-evidence';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { articles, claims as claimsTable } from '@/db/schema';
import { editClaim } from '@/lib/claims/edit-claim';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { claimsCsv } from './claims-export';
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

  it('writes the CSV from the query rows byte for byte as the column list would, tricky cells and every publication state', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const checker = await createTestUser(db, 'checker');
    const a = await createTestArticle(db);
    const b = await createTestArticle(db);
    const [published, withdrawn] = a.claims;
    const [changed, untouched] = b.claims;
    await db.transaction(async (tx) => {
      await tx.update(claimsTable).set({ claimant: '=HYPERLINK("https://x.example","a, b")', counted: 'قتلى، "مدنيون"\nفي غزة', qualifier: 'at least' }).where(eq(claimsTable.id, published.id));
      await tx.update(claimsTable).set({ claimant: null, value: null, counted: '-3 "quoted", comma' }).where(eq(claimsTable.id, untouched.id));
      await tx.update(claimsTable).set({ value: 2.5, claimant: '@user\r\nline' }).where(eq(claimsTable.id, withdrawn.id));
    });
    await addEvidence(db, checker, { claimId: published.id, url: 'https://example.org/a?x=1,2', stance: 'supports' });
    await addEvidence(db, checker, { claimId: published.id, url: 'https://example.org/ب', stance: 'supports' });
    for (const c of [published, withdrawn, changed]) {
      await reviewClaim(db, checker, { claimId: c.id, status: 'unverifiable', note: 'n', explanation: 'لا مصدر، "ولا" شاهد\nسطر ثان', version: c.version });
      await publishVerdict(db, editor, { claimId: c.id });
    }
    await unpublishVerdict(db, editor, { claimId: withdrawn.id, note: 'Withdrawn for a new source.' });
    const [current] = await db.select().from(claimsTable).where(eq(claimsTable.id, changed.id));
    await editClaim(db, editor, { claimId: changed.id, version: current.version, counted: 'families, displaced' });

    const viewer = { id: editor.id, requireSecondReviewer: false };
    for (const [query, pageSize] of [['', 1000], ['', 2], [`category=casualties`, 1], [`status=unverifiable`, 2]] as const) {
      const filters = parseExportFilters(new URLSearchParams(query));
      const reference = await collect(claimsCsv(exportPages(db, filters, viewer, pageSize)));
      const served = await text(exportClaims(db, editor, new URLSearchParams(query), 'csv'));
      expect(served, query).toBe(reference);
    }
    const csv = await text(exportClaims(db, editor, new URLSearchParams(), 'csv'));
    const all = [...a.claims, ...b.claims].map((c) => c.id);
    const rows = (await collectRows(db, viewer)).filter((r) => all.includes(r.claimId));
    expect(rows.map((r) => [r.claimId, r.published])).toEqual([
      [published.id, 'published'],
      [withdrawn.id, 'withdrawn'],
      [changed.id, 'changed_since_publication'],
      [untouched.id, 'unpublished'],
    ]);
    expect(csv).toContain(`,"'=HYPERLINK(""https://x.example"",""a, b"")",`);
    expect(csv).toContain('"https://example.org/a?x=1,2\nhttps://example.org/ب"');
    expect(csv).toContain(`${untouched.id},`);
    expect(csv).toContain(`,"'-3 ""quoted"", comma",`);
  });
});

async function collect(chunks: AsyncIterable<string>) {
  let out = '';
  for await (const c of chunks) out += c;
  return out;
}

async function collectRows(db: Db, viewer: { id: number; requireSecondReviewer: boolean }) {
  const rows = [];
  for await (const page of exportPages(db, {}, viewer)) rows.push(...page);
  return rows;
}
