import { claimWith, expect, judgeAsChecker, pageAs, test } from '../fixtures/desk';
import { keepScreenshot } from '../fixtures/screenshots';

interface ClaimReview {
  '@type': string;
  inLanguage: string;
  reviewRating: { ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
}

test.describe('what goes public, and when', () => {
  test('an imported article stays private until its first publication', async ({ browser, request, article, editorApi, checkerApi }) => {
    const reader = await pageAs(browser, null, 'en');
    expect((await reader.goto(`/articles/${article.slug}`))!.status()).toBe(404);
    await reader.goto('/');
    await expect(reader.locator(`[data-article="${article.slug}"]`)).toHaveCount(0);
    expect((await request.get(`/api/v1/articles/${article.slug}`)).status()).toBe(404);
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain(article.slug);

    const claim = claimWith(article, 'خمسة آلاف');
    await judgeAsChecker(checkerApi, claim, 'unverifiable', 'No independent figures.', 'No independent figures exist for the peacekeepers.');
    expect((await request.get(`/api/v1/articles/${article.slug}`)).status()).toBe(404);
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);

    expect((await reader.goto(`/articles/${article.slug}`))!.status()).toBe(200);
    await reader.goto('/');
    await expect(reader.locator(`[data-article="${article.slug}"]`)).toBeVisible();
    expect(await (await request.get('/sitemap.xml')).text()).toContain(`/articles/${article.slug}`);
  });

  test('each publication refusal names its rule, on the desk and in the API', async ({ browser, article, editorApi, checkerApi }) => {
    const claim = claimWith(article, 'ستة جنود');
    const refusal = async () => {
      const res = await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} });
      expect(res.status()).toBe(422);
      const { error } = await res.json();
      expect(error.code).toBe('publish_rules');
      return error.unmet.map((r: { code: string }) => r.code);
    };
    expect(await refusal()).toEqual(['verdict', 'explanation']);

    const page = await pageAs(browser, 'editor', 'en');
    await page.goto(`/review/${article.slug}#claim-${claim.id}`);
    const panel = page.locator(`[data-claim-panel="${claim.id}"]`);
    await panel.getByRole('button', { name: 'Preview publication' }).click();
    const alert = panel.locator('[data-error-code="publish_rules"]');
    await expect(alert.locator('[data-unmet="verdict"]')).toContainText('The claim has no verdict');
    await expect(alert.locator('[data-unmet="explanation"]')).toContainText('no public explanation');

    // The editor judges it alone, with an explanation but no evidence.
    await editorApi.post(`/api/v1/claims/${claim.id}/review`, {
      data: { status: 'false', note: 'MoD said five.', explanation: 'The ministry reported five soldiers.', version: claim.version },
    });
    expect(await refusal()).toEqual(['evidence', 'second_reviewer']);
    await page.reload();
    await panel.getByRole('button', { name: 'Preview publication' }).click();
    await panel.getByRole('button', { name: 'Confirm and publish' }).click();
    await expect(alert.locator('[data-unmet="evidence"]')).toContainText('at least one evidence item');
    await expect(alert.locator('[data-unmet="second_reviewer"]')).toContainText('Someone other than the publishing editor');
    await keepScreenshot(page, test.info(), 'publish-refused');

    await editorApi.post(`/api/v1/claims/${claim.id}/evidence`, { data: { url: 'https://example.org/mod', stance: 'contradicts' } });
    expect(await refusal()).toEqual(['second_reviewer']);
  });
});

test.describe('a new verdict end to end', () => {
  test('misleading: the explanation is public, the rationale never, and ClaimReview rates it 2 of 5', async ({ browser, request, article, editorApi, checkerApi }) => {
    const claim = claimWith(article, 'أكثر من 10 آلاف');
    const rationale = `INTERNAL-${Date.now()} source asked not to be named`;
    await judgeAsChecker(checkerApi, claim, 'misleading', rationale, 'The figure counts every crossing, not people.');
    await checkerApi.post(`/api/v1/claims/${claim.id}/comments`, { data: { note: `${rationale} (comment)` } });
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);

    const reader = await pageAs(browser, null, 'en');
    await reader.goto(`/articles/${article.slug}`);
    const card = reader.locator(`#claim-${claim.id}`);
    await expect(card).toHaveAttribute('data-verdict', 'misleading');
    await expect(card).toContainText('Misleading');
    await expect(card.locator('[data-public-explanation]')).toContainText('The figure counts every crossing, not people.');
    expect(await reader.content()).not.toContain(rationale);
    const api = await (await request.get(`/api/v1/articles/${article.slug}`)).text();
    expect(api).not.toContain(rationale);
    expect(api).toContain('The figure counts every crossing, not people.');

    const reviews = (await reader.locator('script[type="application/ld+json"]').allTextContents()).map((b) => JSON.parse(b) as ClaimReview);
    expect(reviews).toHaveLength(1);
    expect(reviews[0].reviewRating).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' });
    // The claim's language, whatever the reader's.
    expect(reviews[0].inLanguage).toBe('ar');
  });
});

test.describe('queues and bulk work', () => {
  test('an editor assigns a whole article to the checker, who finds it in My queue, and dismisses two in bulk', async ({ browser, article }) => {
    const editor = await pageAs(browser, 'editor', 'en');
    await editor.goto(`/claims?article=${article.slug}`);
    await expect(editor.locator('[data-claim-row]')).toHaveCount(article.claims.length);
    await editor.getByLabel('Select all on this page').check();
    await editor.locator('select[name=bulkAction]').selectOption('assign');
    await editor.locator('select[name=bulkAssignee]').selectOption({ label: 'Salma Checker' });
    await editor.getByRole('button', { name: /Apply to the selection/ }).click();
    await expect(editor.locator('[data-bulk-outcome]')).toHaveText(`${article.claims.length} changed, 0 refused.`);
    await keepScreenshot(editor, test.info(), 'claims-editor');

    const checker = await pageAs(browser, 'checker', 'en');
    await checker.goto('/claims');
    await checker.locator('[data-queue="mine"]').click();
    await expect(checker).toHaveURL(/queue=mine/);
    for (const c of article.claims) await expect(checker.locator(`[data-claim-row="${c.id}"]`)).toBeVisible();

    const [a, b] = article.claims;
    await checker.goto(`/claims?article=${article.slug}&queue=mine`);
    // The checker's saved interface language may be Arabic: find the boxes by row.
    await checker.locator(`[data-claim-row="${a.id}"] input[type=checkbox]`).check();
    await checker.locator(`[data-claim-row="${b.id}"] input[type=checkbox]`).check();
    await checker.locator('select[name=bulkAction]').selectOption('dismiss');
    await checker.locator('input[name=bulkNote]').fill('Dates, not counts.');
    await checker.locator('[data-bulk-form] button.btn-primary').click();
    await expect(checker.locator('[data-bulk-outcome]')).toHaveAttribute('data-bulk-outcome', '2/0');
    await checker.goto(`/claims?article=${article.slug}&status=dismissed`);
    await expect(checker.locator('[data-claim-row]')).toHaveCount(2);
    const history = await (await checker.request.get(`/api/v1/claims/${a.id}/history`)).json();
    const kinds = history.events.map((e: { kind: string; note: string | null }) => [e.kind, e.note]);
    expect(kinds).toContainEqual(['claim_assigned', null]);
    expect(kinds).toContainEqual(['status_changed', 'Dates, not counts.']);
    await keepScreenshot(checker, test.info(), 'claims-checker');
  });

  test('the API lists with filters and a cursor, assigns with a version, and refuses a checker assigning', async ({ article, editorApi, checkerApi }) => {
    const first = await (await editorApi.get(`/api/v1/claims?article=${article.slug}&limit=2`)).json();
    expect(first.claims).toHaveLength(2);
    expect(first.next).toEqual(expect.any(String));
    const second = await (await editorApi.get(`/api/v1/claims?article=${article.slug}&limit=2&cursor=${first.next}`)).json();
    expect(second.claims[0].id).not.toBe(first.claims[0].id);
    const claim = article.claims[0];
    expect((await checkerApi.post(`/api/v1/claims/${claim.id}/assign`, { data: { assignee: null, version: claim.version } })).status()).toBe(403);
    const me = await (await checkerApi.get('/api/auth/session')).json();
    expect(me.user.email).toBe('checker@isnad.test');
    const bad = await editorApi.get('/api/v1/claims?status=bogus');
    expect(bad.status()).toBe(400);
  });
});
