import { claimWith, expect, judgeAsChecker, pageAs, test } from '../fixtures/desk';

interface ClaimReview {
  '@type': string;
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: { '@type': string; name: string };
  reviewRating: { '@type': string; ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
  itemReviewed: { '@type': string; author: { name: string }; appearance: { '@type': string; url: string; headline: string } };
}

test.describe('an editor publishes a verdict', () => {
  test('a checker judges, the editor previews and publishes; the public page shows the explanation with valid ClaimReview JSON-LD', async ({ browser, article }) => {
    const claim = claimWith(article, 'أكثر من 10 آلاف');
    const rationale = `INTERNAL rationale: phoned the UNHCR desk ${Date.now()}`;
    const explanation = 'UNHCR counted 10,400 arrivals in Goris by Wednesday night.';
    const checker = await pageAs(browser, 'checker', 'en');
    await checker.goto(`/review/${article.slug}`);
    await checker.locator(`[data-claim-item="${claim.id}"]`).click();
    const desk = checker.locator(`[data-claim-panel="${claim.id}"]`);
    await desk.locator('label', { hasText: 'Accurate' }).click();
    await desk.locator('textarea[name=note]').fill(rationale);
    await desk.getByRole('button', { name: 'Save status' }).click();
    await expect(desk.locator('[data-status="verified"]').first()).toBeVisible();
    await desk.locator('textarea[name=explanation]').fill(explanation);
    await desk.getByRole('button', { name: 'Save explanation' }).click();
    await expect(desk).toContainText('Public explanation saved.');
    await desk.locator('input[name=url]').fill('https://data.unhcr.org/en/situations/armenia');
    await desk.locator('input[name=title]').fill('UNHCR Armenia situation');
    await desk.getByRole('button', { name: 'Add evidence' }).click();
    await expect(desk.locator('[data-evidence-list]')).toContainText('UNHCR Armenia situation');

    const page = await pageAs(browser, 'editor', 'en');
    await page.goto(`/review/${article.slug}`);
    await page.locator(`[data-claim-item="${claim.id}"]`).click();
    const panel = page.locator(`[data-claim-panel="${claim.id}"]`);
    // The preview is exactly what the public will see: verdict, quote, claimant, explanation, evidence.
    await panel.getByRole('button', { name: 'Preview publication' }).click();
    const preview = panel.locator('[data-publish-preview]');
    await expect(preview).toContainText('Accurate');
    await expect(preview).toContainText('أكثر من 10 آلاف');
    await expect(preview.locator('[data-preview-explanation]')).toHaveText(explanation);
    await expect(preview).toContainText('UNHCR Armenia situation');
    await expect(preview).not.toContainText(rationale);
    await panel.getByRole('button', { name: 'Confirm and publish' }).click();
    await expect(panel.locator('[data-publication="published"]')).toContainText('Published as');
    await expect(page.locator(`[data-claim-item="${claim.id}"] [data-published]`)).toHaveText('Published');
    // A change after publication is flagged until a correction is published.
    await panel.locator('input[name=url]').fill('https://www.unhcr.org/news/armenia-update');
    await panel.getByRole('button', { name: 'Add evidence' }).click();
    await expect(page.locator(`[data-claim-item="${claim.id}"] [data-published]`)).toHaveText('Changed since publication');
    await expect(panel.getByRole('button', { name: 'Publish correction' })).toBeEnabled();

    const reader = await pageAs(browser, null, 'ar');
    await reader.goto(`/articles/${article.slug}`);
    const card = reader.locator(`#claim-${claim.id}`);
    await expect(card).toHaveAttribute('data-verdict', 'verified');
    await expect(card).toContainText('صحيح');
    await expect(card.locator('[data-public-explanation]')).toContainText(explanation);
    await expect(reader.locator('body')).not.toContainText('INTERNAL rationale');
    await expect(card.getByRole('link', { name: 'UNHCR Armenia situation' })).toHaveAttribute(
      'href',
      'https://data.unhcr.org/en/situations/armenia',
    );
    // The value in Arabic-Indic digits, beside the article's own words.
    await expect(card.locator('[data-value="10000"]')).toContainText('١٠٬٠٠٠');
    await expect(card).toContainText('أكثر من 10 آلاف شخص');

    const blocks = await reader.locator('script[type="application/ld+json"]').allTextContents();
    const reviews = blocks.map((b) => JSON.parse(b) as ClaimReview).filter((r) => r['@type'] === 'ClaimReview');
    expect(reviews).toHaveLength(1);
    const [review] = reviews;
    expect(review.url).toMatch(new RegExp(`/articles/${article.slug}#claim-${claim.id}$`));
    expect(review.claimReviewed).toContain('أكثر من 10 آلاف شخص');
    expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Isnad Test Desk' });
    expect(review.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'صحيح' });
    expect(review.itemReviewed['@type']).toBe('Claim');
    expect(review.itemReviewed.author.name).toContain('ستيبانيان');
    expect(review.itemReviewed.appearance.headline).toContain('قره باغ');
  });

  test('a correction replaces the public verdict and the earlier one is listed; withdrawal removes it', async ({ browser, editorApi, checkerApi, article }) => {
    const claim = claimWith(article, '200 شخص');
    await judgeAsChecker(checkerApi, claim, 'verified', 'Matches the separatists’ toll.', 'The separatists’ toll gives 200.');
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);
    // A correction needs its reason.
    const res = await checkerApi.post(`/api/v1/claims/${claim.id}/review`, {
      data: { status: 'disputed', note: 'Azerbaijan’s later count differs.', explanation: 'Azerbaijan gives a different count.', version: claim.version + 1 },
    });
    expect(res.status()).toBe(200);
    const refused = await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} });
    expect(refused.status()).toBe(422);
    expect((await refused.json()).error.unmet.map((r: { code: string }) => r.code)).toEqual(['reason']);
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: { note: 'Corrected after new figures.' } })).status()).toBe(201);

    const reader = await pageAs(browser, null, 'en');
    await reader.goto(`/articles/${article.slug}`);
    const card = reader.locator(`#claim-${claim.id}`);
    await expect(card).toHaveAttribute('data-verdict', 'disputed');
    await expect(card).toContainText('corrected');
    const log = reader.locator('[data-corrections-log]');
    await expect(log.locator('[data-correction="corrected"]')).toContainText('changed from Accurate to Disputed');
    await expect(log).toContainText('Corrected after new figures.');

    expect((await editorApi.post(`/api/v1/claims/${claim.id}/unpublish`, { data: {} })).status()).toBe(422);
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/unpublish`, { data: { note: 'Under review again' } })).status()).toBe(200);
    await reader.reload();
    await expect(reader.locator(`#claim-${claim.id}`)).toHaveCount(0);
    await expect(log.locator('[data-correction="withdrawn"]')).toContainText('(Disputed) was withdrawn');
    await expect(log).toContainText('Under review again');
  });
});
