import { expect, judgeAsChecker, test } from '../fixtures/desk';
import { pageAt } from '../fixtures/devices';

test('/verdicts lists published verdicts newest first by verdict, and the ClaimReview feed matches the article page', async ({ browser, editorApi, checkerApi, article, playwright, baseURL }) => {
  const [a, b] = article.claims;
  for (const [claim, status] of [[a, 'verified'], [b, 'unverifiable']] as const) {
    await judgeAsChecker(checkerApi, claim, status, `Internal note ${claim.id}`, `Public reason ${claim.id}`);
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);
  }

  const page = await pageAt(browser, null, 'en', { width: 1440, height: 900 });
  await page.goto('/verdicts');
  // Newest first: b was published after a (other tests may publish in between).
  await expect(page.locator(`#claim-${a.id}`)).toBeVisible();
  const order = await page.locator('[data-public-verdicts] > li > article').evaluateAll((els) => els.map((e) => e.id));
  expect(order.indexOf(`claim-${b.id}`)).toBeGreaterThanOrEqual(0);
  expect(order.indexOf(`claim-${b.id}`)).toBeLessThan(order.indexOf(`claim-${a.id}`));
  await page.getByLabel('Verdict', { exact: true }).selectOption('verified');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/verdict=verified/);
  await expect(page.locator(`#claim-${b.id}`)).toHaveCount(0);
  await expect(page.locator(`#claim-${a.id}`)).toBeVisible();
  await page.locator(`#claim-${a.id}`).locator('xpath=..').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.slug}#claim-${a.id}`));

  // The feed's ClaimReview for a claim is the very object in the article page's JSON-LD.
  const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  const anonymous = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'accept-language': 'en' } });
  // Other tests publish too: this article's reviews are picked out of a large page.
  const feed = await (await anonymous.get('/api/v1/public/claimreview?limit=200')).json();
  const ours = feed.claimReviews.filter((r: { url: string }) => r.url.includes(`/articles/${article.slug}#`));
  expect(ours.map((r: { url: string }) => r.url.split('#')[1])).toEqual([`claim-${b.id}`, `claim-${a.id}`]);
  for (const review of ours) {
    expect(jsonLd).toContainEqual(review);
    expect(review.inLanguage).toBe('ar');
  }
  const verified = await (await anonymous.get(`/api/v1/public/claimreview?limit=200&verdict=verified`)).json();
  expect(verified.claimReviews.map((r: { url: string }) => r.url)).not.toContainEqual(expect.stringContaining(`#claim-${b.id}`));
  const first = await (await anonymous.get('/api/v1/public/claimreview?limit=1')).json();
  const second = await (await anonymous.get(`/api/v1/public/claimreview?limit=1&cursor=${first.next}`)).json();
  expect(second.claimReviews[0].url).not.toBe(first.claimReviews[0].url);
  expect((await anonymous.get('/api/v1/public/claimreview?verdict=maybe')).status()).toBe(400);
  await anonymous.dispose();
  await page.context().close();
});
