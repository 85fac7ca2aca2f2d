import { readFileSync } from 'node:fs';
import { FEATURES_VERSION } from '@/lib/figures';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claims, reviewEvents } from '@/db/schema';
import { importArticle } from '@/lib/articles/import-article';
import { editClaim } from '@/lib/claims/edit-claim';
import { reviewClaim } from '@/lib/claims/review-claim';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { articleWarnings, claimWarnings, earlierVerdicts } from './claim-checks';
import { createFigure } from './create-figure';
import { getClaimSuggestions } from './get-suggestions';
import { linkClaimFigure } from './link-claim-figure';
import { rejectSuggestion } from './reject-suggestion';
import { reuseEarlierVerdict } from './reuse-earlier-verdict';

const SEED = readFileSync('db/seed/karabakh-talks.ar.txt', 'utf8');
const FIRST = 'وقالت سلطات الإقليم الانفصالية في ناغورنو قره باغ إن الهجوم الأذربيجاني أدى إلى مقتل 200 شخص على الأقل.';
const SECOND = 'وأكدت السلطات الانفصالية في قره باغ أن 200 شخص على الأقل قتلوا في الهجوم الأذربيجاني.';
const CRAFTED = [
  'وقالت وزارة الدفاع الروسية في بيان إنها رصدت ستة انتهاكات لوقف إطلاق النار في منطقتي شوشا (انتهاكان) وماردكرت (ثلاثة انتهاكات).',
  'وقالت الحكومة الأرمنية إن نحو 10 آلاف شخص أجلوا من الإقليم، وإنها تقدم الرعاية لـ15 ألف شخص من هؤلاء.',
].join('\n');

async function claimsOf(db: Awaited<ReturnType<typeof createTestDb>>, articleId: number) {
  return await db.select().from(claims).where(eq(claims.articleId, articleId)).orderBy(claims.start);
}

describe('figures on the desk', () => {
  it('stores the extractor fields and features on import; the seed violations (5 = 2 + 3) pass the sum check', async () => {
    const db = await createTestDb();
    const { article } = await importArticle(db, 'cli', { text: SEED, title: 'Karabakh talks', published: '2023-09-22' }, 'cli');
    const rows = await claimsOf(db, article.id);
    const five = rows.find((r) => r.value === 5 && r.category === 'violations')!;
    expect(five).toMatchObject({ countedKind: 'violations', articleDate: '2023-09-22', retrievalKey: 'violations' });
    expect(five.confidence).toBeGreaterThan(0);
    expect(five.rule).toBeTruthy();
    expect(five.features).toMatchObject({ version: FEATURES_VERSION, claimId: String(five.id) });
    const parts = rows.filter((r) => r.category === 'violations' && (r.value === 2 || r.value === 3));
    expect(parts.map((p) => p.features?.partOf)).toEqual([String(five.id), String(five.id)]);
    expect((await articleWarnings(db, article.id)).filter((w) => w.claimIds.includes(five.id))).toEqual([]);
  });

  it('flags a wrong sum and a part larger than its whole', async () => {
    const db = await createTestDb();
    const { article } = await importArticle(db, 'cli', { text: CRAFTED, title: 'Crafted', published: '2023-09-25' }, 'cli');
    const rows = await claimsOf(db, article.id);
    const six = rows.find((r) => r.value === 6)!;
    const care = rows.find((r) => r.value === 15000)!;
    expect((await claimWarnings(db, six)).map((w) => w.code)).toEqual(['sum-mismatch']);
    const [subset] = await claimWarnings(db, care);
    expect(subset.code).toBe('subset-exceeds-whole');
    expect(subset.claimIds).toContain(rows.find((r) => r.value === 10000)!.id);
  });

  it('a claim read after an edit shows the warnings of the edited article, not those kept from before', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const { article } = await importArticle(db, 'cli', { text: CRAFTED, title: 'Crafted', published: '2023-09-25' }, 'cli');
    const six = (await claimsOf(db, article.id)).find((r) => r.value === 6)!;
    const codesOfSix = async () => (await articleWarnings(db, article.id)).filter((w) => w.claimIds.includes(six.id)).map((w) => w.code);
    // Read twice on the same handle: the second answer comes from the checks it keeps.
    expect(await codesOfSix()).toEqual(['sum-mismatch']);
    expect(await codesOfSix()).toEqual(['sum-mismatch']);
    // 2 + 3 = 5: the sum holds once the total is corrected, and the next read must say so.
    await editClaim(db, checker, { claimId: six.id, version: six.version, value: 5 });
    expect(await codesOfSix()).toEqual([]);
  });

  it('suggests the earlier claim, then the figure; offers the earlier verdict; remembers a rejection', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const a1 = await importArticle(db, 'cli', { text: FIRST, title: 'First report', published: '2023-09-21' }, 'cli');
    const a2 = await importArticle(db, 'cli', { text: SECOND, title: 'Second report', published: '2023-09-23' }, 'cli');
    const [first] = await claimsOf(db, a1.article.id);
    const [second] = await claimsOf(db, a2.article.id);

    expect((await getClaimSuggestions(db, checker, second.id))[0]).toMatchObject({ claimId: first.id, figureId: null });

    const figure = await createFigure(db, checker, { title_ar: 'قتلى الهجوم الأذربيجاني', title_en: 'Killed in the Azerbaijani offensive', category: 'casualties', counted: 'قتلى', place: 'ناغورنو قره باغ', from: '2023-09-19', to: '2023-09-20' });
    expect(figure.slug).toBe('killed-in-the-azerbaijani-offensive');
    await linkClaimFigure(db, checker, { claimId: first.id, figureId: figure.id, version: first.version });
    await reviewClaim(db, checker, { claimId: first.id, status: 'verified', note: 'Matches the ombudsman.', version: first.version + 1 });

    const [top] = await getClaimSuggestions(db, checker, second.id);
    expect(top).toMatchObject({ figureId: figure.id, claimId: null });
    expect(top.reasons.map((r) => r.code)).toContain('same-value');

    const linked = await linkClaimFigure(db, checker, { claimId: second.id, figureId: figure.id, version: second.version, suggested: true });
    const [earlier] = await earlierVerdicts(db, linked);
    expect(earlier).toMatchObject({ claimId: first.id, status: 'verified', article: { id: a1.article.id } });

    await reuseEarlierVerdict(db, checker, { claimId: second.id, fromClaimId: first.id });
    const [after] = await db.select().from(claims).where(eq(claims.id, second.id));
    expect(after.status).toBe('unreviewed');
    const kinds = (await db.select().from(reviewEvents).where(eq(reviewEvents.claimId, second.id))).map((e) => e.kind);
    expect(kinds).toEqual(['claim_created', 'figure_linked', 'verdict_reused']);

    await linkClaimFigure(db, checker, { claimId: second.id, figureId: null, version: linked.version });
    expect((await getClaimSuggestions(db, checker, second.id))[0]?.figureId).toBe(figure.id);
    await rejectSuggestion(db, checker, { claimId: second.id, figureId: figure.id });
    expect((await getClaimSuggestions(db, checker, second.id)).map((s) => s.figureId)).not.toContain(figure.id);
  });

  it('lets a checker correct the counted kind and claimant kind, with the history row', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const { article } = await importArticle(db, 'cli', { text: FIRST, title: 'First report', published: '2023-09-21' }, 'cli');
    const [claim] = await claimsOf(db, article.id);
    const edited = await editClaim(db, checker, { claimId: claim.id, version: claim.version, countedKind: 'missing', claimantKind: 'person' });
    expect(edited).toMatchObject({ countedKind: 'missing', claimantKind: 'person', counted: claim.counted });
    const [event] = await db.select().from(reviewEvents).where(eq(reviewEvents.kind, 'claim_edited'));
    expect(event.payload).toMatchObject({ changes: { countedKind: { from: claim.countedKind, to: 'missing' } } });
    await expect(editClaim(db, checker, { claimId: claim.id, version: edited.version, countedKind: 'bodies' })).rejects.toThrow(/countedKind: must be one of/);
  });

  it('refuses an anonymous caller and bad input', async () => {
    const db = await createTestDb();
    await expect(createFigure(db, null, { category: 'casualties', counted: 'قتلى', title_en: 'X' })).rejects.toMatchObject({ code: 'unauthorized' });
    const checker = await createTestUser(db, 'checker');
    await expect(createFigure(db, checker, { category: 'casualties', counted: 'قتلى' })).rejects.toThrow(/title/);
    await expect(createFigure(db, checker, { category: 'casualties', counted: 'x', title_en: 'X', from: '2023-09-20', to: '2023-09-19' })).rejects.toThrow(/to: must not be before/);
    await expect(rejectSuggestion(db, checker, { claimId: 1 })).rejects.toThrow(/exactly one/);
  });
});
