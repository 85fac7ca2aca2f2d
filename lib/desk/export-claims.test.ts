import { describe, expect, it } from 'vitest';
import { addEvidence } from '@/lib/claims/add-evidence';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
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
    for await (const page of exportPages(db, {}, 1)) {
      pages += 1;
      ids.push(...page.map((r) => r.claimId));
    }
    expect(ids).toEqual([...a.claims, ...b.claims].map((c) => c.id));
    expect(pages).toBe(4);
  });

  it('refuses anonymous callers and filters it cannot answer yet', async () => {
    const db = await createTestDb();
    expect(() => exportClaims(db, null, new URLSearchParams(), 'csv')).toThrow(expect.objectContaining({ code: 'unauthorized' }));
    expect(() => parseExportFilters(new URLSearchParams('assignee=none'))).toThrow(/assignee: not available yet/);
    expect(() => parseExportFilters(new URLSearchParams('status=nope'))).toThrow(/status: "nope"/);
  });
});
