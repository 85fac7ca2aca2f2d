import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRaw, type Db } from '@/db/client';
import { claims } from '@/db/schema';
import { importArticle } from '@/lib/articles/import-article';
import { setArticleVisibility } from '@/lib/articles/set-article-visibility';
import { addClaim } from '@/lib/claims/add-claim';
import { addEvidence } from '@/lib/claims/add-evidence';
import { bulkClaims } from '@/lib/claims/bulk-claims';
import { editClaim } from '@/lib/claims/edit-claim';
import { removeEvidence } from '@/lib/claims/remove-evidence';
import { reviewClaim } from '@/lib/claims/review-claim';
import { setExplanation } from '@/lib/claims/set-explanation';
import { searchDesk, SEARCH_LIMITS } from '@/lib/desk/search-desk';
import type { Actor } from '@/lib/auth/permissions';
import { createTestArticle, createTestDb, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { backfillSearchIndex } from './backfill';

// Written with diacritics, tatweel, hamza forms, ta marbuta and alef maqsura, as articles are.
const BODY = [
  'قالت وزارةُ الصِّحَّة في بيان إن 27 شخصاً قُتلوا في القصف على الجنــوب.',
  'وأعلنت الأمم المتحدة أن نحو 5 آلاف عائلة نزحت إلى مستشفى الشفاء.',
  'وقال مسؤول في الهلال الأحمر إن المساعدات وصلت بطلب من الرئيس.',
].join('\n');

async function desk(): Promise<{ db: Db; checker: Actor; editor: Actor; articleId: number; slug: string; claimIds: number[] }> {
  const db = await createTestDb();
  const [checker, editor] = [await createTestUser(db, 'checker'), await createTestUser(db, 'editor')];
  const { article } = await importArticle(db, editor, { text: BODY, title: 'Strikes on the City', outlet: 'Example News' }, 'web');
  const rows = await db.select({ id: claims.id }).from(claims).where(eq(claims.articleId, article.id));
  return { db, checker, editor, articleId: article.id, slug: article.slug, claimIds: rows.map((r) => r.id) };
}

const search = (db: Db, actor: Actor, q: string, extra: Record<string, string> = {}) => searchDesk(db, actor, new URLSearchParams({ q, ...extra }));
const articleIds = async (db: Db, actor: Actor, q: string) => (await search(db, actor, q)).articles.map((a) => a.id);
const claimIds = async (db: Db, actor: Actor, q: string) => (await search(db, actor, q)).claims.map((c) => c.id);
const marked = (s: { text: string; marks: [number, number][] }) => s.marks.map(([a, b]) => s.text.slice(a, b));

describe(`desk search index (${TEST_ENGINE})`, () => {
  it('finds an imported article however its Arabic is written, and English in any case', async () => {
    const { db, checker, articleId } = await desk();
    const cases = [
      'الصحة', // no diacritics, ta marbuta as written
      'الصِّحَّة', // with diacritics
      'وزاره الصحه', // ta marbuta typed as ha
      'مسوول', // waw without its hamza
      'مسئول', // the Egyptian spelling (the text has the Levantine مسؤول)
      'الرييس', // ya without its hamza (the text has الرئيس)
      'الامم الاحمر', // bare alef for alef with hamza (الأمم, الأحمر)
      'الاف', // bare alef for alef madda (آلاف)
      'الى', // bare alef for alef with hamza below (إلى)
      'أحمر', // a hamza the text has, behind its article
      'مستشفي', // ya for alef maqsura
      'الجنوب', // the text has tatweel
      'الجنـــوب', // the search has tatweel
      'الشفاء',
      'city',
      'STRIKES',
      'example news',
    ];
    for (const q of cases) expect(await articleIds(db, checker, q), q).toEqual([articleId]);
    expect(await articleIds(db, checker, 'غزة')).toEqual([]);

    // Highlighted in the original text: diacritics and tatweel kept inside the marks.
    const [hit] = (await search(db, checker, 'الصحة الجنوب')).articles;
    expect(marked(hit.body)).toEqual(['الصِّحَّة', 'الجنــوب']);
    expect(marked(hit.title)).toEqual([]);
    expect(marked((await search(db, checker, 'city')).articles[0].title)).toEqual(['City']);
  });

  it('finds the claims of an imported article by quote and claimant, and links to the desk at the claim', async () => {
    const { db, checker, slug, claimIds: ids } = await desk();
    const { claims: hits } = await search(db, checker, '27');
    expect(hits.length).toBeGreaterThan(0);
    expect(ids).toContain(hits[0].id);
    expect(hits[0].href).toBe(`/review/${slug}#claim-${hits[0].id}`);
    expect(marked(hits[0].quote)).toContain('27');
  });

  it('follows every change of a claim in the same transaction', async () => {
    const { db, checker, editor, articleId, claimIds: ids } = await desk();
    const [first, second] = ids;
    const version = async (id: number) => (await db.select({ v: claims.version }).from(claims).where(eq(claims.id, id)))[0].v;

    // Claimant edited: the new name finds it, the old one no longer does.
    await editClaim(db, checker, { claimId: first, claimant: 'زيد الفريد', version: await version(first) });
    expect(await claimIds(db, checker, 'زيد')).toEqual([first]);
    await editClaim(db, checker, { claimId: first, claimant: 'عمرو البعيد', version: await version(first) });
    expect(await claimIds(db, checker, 'زيد')).toEqual([]);
    expect(await claimIds(db, checker, 'عمرو')).toEqual([first]);

    // Re-pinned to another span: the new quote finds it.
    const start = BODY.indexOf('مستشفى الشفاء');
    await editClaim(db, checker, { claimId: first, start, end: start + 'مستشفى الشفاء'.length, version: await version(first) });
    expect(await claimIds(db, checker, 'مستشفي الشفاء')).toEqual([first]);

    // Review rationale and public explanation.
    await reviewClaim(db, checker, { claimId: first, status: 'in_review', note: 'راجعنا سجلات المستشفى الميداني', version: await version(first) });
    const [byRationale] = (await search(db, checker, 'سجلات')).claims;
    expect(byRationale.id).toBe(first);
    expect(marked(byRationale.rationale!)).toEqual(['سجلات']);
    await setExplanation(db, checker, { claimId: first, explanation: 'تؤكد الأرقام الرسمية ذلك', version: await version(first) });
    const [byExplanation] = (await search(db, checker, 'الرسميه')).claims;
    expect(byExplanation.id).toBe(first);
    expect(marked(byExplanation.explanation!)).toEqual(['الرسمية']);

    // Evidence titles: added finds it, removed no longer does.
    const evidence = await addEvidence(db, checker, { claimId: first, url: 'https://example.org/ocha', title: 'OCHA Flash Update #12', stance: 'supports' });
    const [byEvidence] = (await search(db, checker, 'ocha flash')).claims;
    expect(byEvidence.id).toBe(first);
    expect(byEvidence.evidence.map(marked)).toEqual([['OCHA', 'Flash']]);
    await removeEvidence(db, checker, { claimId: first, evidenceId: evidence.id });
    expect(await claimIds(db, checker, 'ocha')).toEqual([]);

    // Dismissed, alone and in bulk: the dismissal's reason finds it.
    await reviewClaim(db, checker, { claimId: first, status: 'dismissed', note: 'ليس رقماً بل تاريخ', version: await version(first) });
    expect(await claimIds(db, checker, 'تاريخ')).toEqual([first]);
    await bulkClaims(db, checker, { action: 'dismiss', ids: [second], note: 'تكرار لادعاء آخر' });
    expect(await claimIds(db, checker, 'تكرار')).toEqual([second]);

    // A claim added by hand.
    const added = await addClaim(db, checker, {
      articleId,
      start: BODY.indexOf('5 آلاف'),
      end: BODY.indexOf('5 آلاف') + '5 آلاف عائلة'.length,
      value: 5000,
      qualifier: null,
      counted: 'families displaced',
      category: 'displacement',
      claimant: 'الأمم المتحدة',
    });
    expect(await claimIds(db, checker, 'families')).toEqual([added.id]);
    expect(editor.role).toBe('editor');
  });

  it('drops a deleted article and its claims from the search', async () => {
    const { db, checker, editor, articleId, slug } = await desk();
    expect(await articleIds(db, checker, 'الشفاء')).toEqual([articleId]);
    expect((await search(db, checker, '27')).claims.length).toBeGreaterThan(0);
    await setArticleVisibility(db, editor, { slug, action: 'delete', reason: 'Imported twice' });
    expect(await articleIds(db, checker, 'الشفاء')).toEqual([]);
    expect((await search(db, checker, '27')).claims).toEqual([]);
    // And the backfill does not bring it back.
    expect(await backfillSearchIndex(db)).toEqual({ articles: 0, claims: 0 });
    expect(await articleIds(db, checker, 'الشفاء')).toEqual([]);
  });

  it('indexes rows written before the index existed, in batches, and resumes where it stopped', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    // createTestArticle writes around the use cases, as an older version's rows look after the upgrade.
    const made = [await createTestArticle(db), await createTestArticle(db), await createTestArticle(db)];
    expect((await search(db, checker, 'عائلة')).claims).toEqual([]);
    expect(await backfillSearchIndex(db, { articleBatch: 2, claimBatch: 4 })).toEqual({ articles: 3, claims: 6 });
    const found = await search(db, checker, 'عائله');
    expect(found.articles.map((a) => a.id)).toEqual(made.map((m) => m.articleId).reverse());
    expect(found.claims).toHaveLength(3);
    expect(found.claims.every((c) => c.claimant && marked(c.claimant).length === 0)).toBe(true);
    expect(await backfillSearchIndex(db)).toEqual({ articles: 0, claims: 0 });

    // A run cut short: the rows it did not reach are indexed by the next one, nothing twice.
    const lost = made[1].claims.map((c) => c.id);
    await db.transaction((tx) =>
      executeRaw(tx, tx.engine === 'pg' ? sql`DELETE FROM claim_search WHERE claim_id IN (${lost[0]}, ${lost[1]})` : sql`DELETE FROM claim_search WHERE rowid IN (${lost[0]}, ${lost[1]})`),
    );
    expect(await backfillSearchIndex(db, { claimBatch: 1 })).toEqual({ articles: 0, claims: 2 });
    expect((await search(db, checker, 'وزارة الصحة')).claims.map((c) => c.id).sort((a, b) => a - b)).toEqual(
      made.map((m) => m.claims.find((c) => c.claimant === 'وزارة الصحة')!.id),
    );
  });

  it('pages by key, newest first, within the stated limit', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    for (let i = 0; i < SEARCH_LIMITS.articles + 2; i++) await createTestArticle(db);
    await backfillSearchIndex(db);
    const first = await search(db, checker, 'مقال');
    expect(first.articles).toHaveLength(SEARCH_LIMITS.articles);
    expect(first.next.articles).toBe(first.articles.at(-1)!.id);
    const second = await search(db, checker, 'مقال', { in: 'articles', before: String(first.next.articles) });
    expect(second.articles).toHaveLength(2);
    expect(second.claims).toEqual([]);
    expect(second.next.articles).toBeNull();
    const all = [...first.articles, ...second.articles].map((a) => a.id);
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });

  it('refuses an empty, too long or wordless search, and anyone off the desk', async () => {
    const { db, checker } = await desk();
    for (const [q, reason] of [
      ['', 'empty'],
      ['   ', 'empty'],
      ['ا'.repeat(201), 'too_long'],
      ['"*" ( ) - : ^ !!', 'no_words'],
      ['ـــ ًٌٍ', 'no_words'],
      [Array.from({ length: 17 }, (_, i) => `w${i}`).join(' '), 'too_many_terms'],
    ] as const) {
      await expect(search(db, checker, q), q).rejects.toMatchObject({ code: 'invalid_input', reason });
    }
    await expect(search(db, checker, 'x', { before: '5' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(search(db, checker, 'x', { in: 'users' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(searchDesk(db, null, new URLSearchParams({ q: 'الصحة' }))).rejects.toMatchObject({ code: 'unauthorized' });
    // Hostile input is text, never query syntax.
    for (const q of ['"', 'a OR b', 'NEAR(a b)', "x' | 'y", 'title:city', '*', 'a AND', '\\']) await expect(search(db, checker, q).catch((e) => e.reason)).resolves.toBeDefined();
  });
});
