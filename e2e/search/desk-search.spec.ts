import type { Page } from '@playwright/test';
import { claimWith, expect, test } from '../fixtures/desk';
import { DESKTOP, PHONE, pageAt } from '../fixtures/devices';
import { keepScreenshot } from '../fixtures/screenshots';

// The seed article's claim "أكثر من 10 آلاف شخص" is the ombudsman's: "أمين المظالم لشؤون حقوق الإنسان".
const WITH_DIACRITICS = 'أَمِينُ المَظالِم';
const WITHOUT = 'امين المظالم';
const HAMZA_VARIANT = 'إمين المظالم لشوون';

/** The result card of `claimId` on the search page, after searching from the header. */
async function searchFromHeader(page: Page, q: string) {
  const box = page.locator('[data-header-search="bar"] input[name=q]');
  await box.fill(q);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
}

test('a checker finds a claim of the seed article in Arabic with and without diacritics and with another hamza, and opens it', async ({ browser, article }, testInfo) => {
  const claim = claimWith(article, '10 آلاف');
  const page = await pageAt(browser, 'checker', 'ar', DESKTOP);
  await page.goto('/review');
  const card = page.locator(`[data-search-claim="${claim.id}"]`);

  for (const q of [WITH_DIACRITICS, WITHOUT, HAMZA_VARIANT]) {
    await searchFromHeader(page, q);
    await expect(card, q).toBeVisible();
    // Marked in the original spelling, hamza and all.
    await expect(card.locator('[data-match] mark, dd mark').first()).toHaveText('أمين');
    await expect(card.locator('mark', { hasText: 'المظالم' })).toHaveCount(1);
  }
  await expect(card.locator('mark', { hasText: 'لشؤون' })).toHaveCount(1);
  await expect(page.locator('[data-search-limits]')).toContainText('٢٠');
  await keepScreenshot(page, testInfo, 'search-ar-desktop');

  await card.locator('[data-claim-link]').click();
  await expect(page).toHaveURL(new RegExp(`/review/${article.slug}#claim-${claim.id}$`));
  await expect(page.locator(`[data-claim-item="${claim.id}"]`)).toBeVisible();
  await page.context().close();
});

test('the article itself is found by a word of its text, and an English search ignores case', async ({ browser, article, editorApi }, testInfo) => {
  const unique = article.slug.replace('e2e-', '');
  const claim = article.claims[0];
  const added = await editorApi.post(`/api/v1/claims/${claim.id}/evidence`, { data: { url: 'https://example.org/report', title: `Ombudsman Report ${unique}`, stance: 'supports' } });
  expect(added.status(), await added.text()).toBe(201);

  const page = await pageAt(browser, 'checker', 'en', DESKTOP);
  await page.goto(`/search?q=${encodeURIComponent(`اختبار ${unique}`)}`);
  await expect(page.locator('[data-search-article]')).toHaveCount(1);
  await expect(page.locator(`[data-search-article="${article.slug}"] mark`).first()).toBeVisible();

  await page.goto(`/search?q=${encodeURIComponent(`OMBUDSMAN report ${unique.toUpperCase()}`)}`);
  const card = page.locator(`[data-search-claim="${claim.id}"]`);
  await expect(card.locator('[data-match="evidence"] mark')).toHaveText(['Ombudsman', 'Report', unique]);
  await keepScreenshot(page, testInfo, 'search-en-desktop');
  await page.context().close();
});

test('GET /api/v1/search returns highlighted snippets to a signed-in caller, 400 for a bad search, 401 to nobody', async ({ checkerApi, editorApi, article, playwright, baseURL }) => {
  const claim = claimWith(article, '10 آلاف');
  const res = await checkerApi.get(`/api/v1/search?q=${encodeURIComponent(WITHOUT)}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(Object.keys(body)).toEqual(expect.arrayContaining(['articles', 'claims', 'next', 'limits']));
  const hit = body.claims.find((c: { id: number }) => c.id === claim.id);
  expect(hit).toMatchObject({ href: `/review/${article.slug}#claim-${claim.id}`, article: { slug: article.slug } });
  const marked = hit.claimant.marks.map(([s, e]: [number, number]) => hit.claimant.text.slice(s, e));
  expect(marked).toEqual(['أمين', 'المظالم']);

  for (const q of ['', '!!! ... ؟', 'ا'.repeat(201)]) {
    const bad = await checkerApi.get(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(bad.status(), q).toBe(400);
    const { error } = await bad.json();
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^q: /);
  }

  // A read-only API token is enough.
  const { token } = await (await editorApi.post('/api/v1/tokens', { data: { name: 'search dashboard', scope: 'read' } })).json();
  const bearer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
  const viaToken = await bearer.get(`/api/v1/search?q=${encodeURIComponent(WITH_DIACRITICS)}`);
  expect(viaToken.status()).toBe(200);
  expect((await viaToken.json()).claims.map((c: { id: number }) => c.id)).toContain(claim.id);
  await bearer.dispose();

  const anonymous = await playwright.request.newContext({ baseURL });
  const refused = await anonymous.get(`/api/v1/search?q=${encodeURIComponent(WITHOUT)}`);
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe('unauthorized');
  await anonymous.dispose();
});

test('a bad search gets a clear message on the page, never an error page; anonymous readers are sent to sign in', async ({ browser, page }) => {
  const checker = await pageAt(browser, 'checker', 'en', DESKTOP);
  for (const [q, message] of [
    ['', 'Type a word or a phrase to search for.'],
    ['!!! ... ?', 'This search holds no letters or digits to look for.'],
    ['x'.repeat(201), 'This search is 201 characters long; the limit is 200.'],
  ]) {
    const res = await checker.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(res?.status(), q).toBe(200);
    await expect(checker.locator('[data-search-refusal][role=alert]')).toContainText(message);
  }
  await checker.context().close();

  await page.goto('/search?q=x');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsearch/);
  // No search box in the header for readers who cannot use it.
  await page.goto('/');
  await expect(page.locator('[data-header-search]')).toHaveCount(0);
});

test('on a phone the search box is in the header menu; screenshots in both languages', async ({ browser, article }, testInfo) => {
  const claim = claimWith(article, '10 آلاف');
  for (const locale of ['ar', 'en'] as const) {
    const page = await pageAt(browser, 'checker', locale, PHONE);
    await page.goto('/review');
    await page.locator('[data-header-menu] summary').click();
    const box = page.locator('[data-header-search="menu"] input[name=q]');
    await box.fill(WITHOUT);
    await box.press('Enter');
    await expect(page.locator(`[data-search-claim="${claim.id}"]`)).toBeVisible();
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    await keepScreenshot(page, testInfo, `search-${locale}-phone`, { screen: true });
    if (locale === 'en') {
      await page.setViewportSize(DESKTOP);
      await keepScreenshot(page, testInfo, 'search-en-desktop-arabic-results');
    }
    await page.context().close();
  }
});
