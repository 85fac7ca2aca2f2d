import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { claimWith, createArticle, expect, judgeAsChecker, pageAs, test } from '../fixtures/desk';
import { DESKTOP, PHONE } from '../fixtures/devices';
import { keepScreenshot } from '../fixtures/screenshots';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const CRAFTED = [
  'وقالت وزارة الدفاع الروسية في بيان إنها رصدت ستة انتهاكات لوقف إطلاق النار في منطقتي شوشا (انتهاكان) وماردكرت (ثلاثة انتهاكات).',
  'وقالت الحكومة الأرمنية إن نحو 10 آلاف شخص أجلوا من الإقليم، وإنها تقدم الرعاية لـ15 ألف شخص من هؤلاء.',
].join('\n');

test.describe('a figure tracked across articles', () => {
  test('two articles repeat the toll: suggestion, rejection remembered, earlier verdict, public page shows only published claims', async ({ browser, editorApi, checkerApi }, testInfo) => {
    const first = await createArticle(editorApi);
    const second = await createArticle(editorApi);
    const a = claimWith(first, 'خمسة انتهاكات');
    const b = claimWith(second, 'خمسة انتهاكات');

    const created = await checkerApi.post('/api/v1/figures', {
      data: { title_ar: 'خروقات وقف النار في قره باغ', title_en: `Ceasefire violations in Karabakh ${randomUUID().slice(0, 6)}`, category: 'violations', counted: 'ceasefire violations', from: '2023-09-20', to: '2023-09-22' },
    });
    expect(created.status(), await created.text()).toBe(201);
    const { figure } = await created.json();
    let res = await checkerApi.post(`/api/v1/claims/${a.id}/figure`, { data: { figureId: figure.id, version: a.version } });
    expect(res.status(), await res.text()).toBe(200);
    // Publication rules: a checker's verdict with its explanation and evidence, an editor publishes.
    await judgeAsChecker(checkerApi, { id: a.id, version: a.version + 1 }, 'verified', 'The Russian MoD statement says five.', 'The Russian defence ministry reported five.');
    const published = await editorApi.post(`/api/v1/claims/${a.id}/publish`, { data: {} });
    expect(published.status(), await published.text()).toBe(201);

    // The second article's claim is offered the figure on the desk; R (by physical key, an Arabic layout types ق) rejects it.
    const suggestions = (await (await checkerApi.get(`/api/v1/claims/${b.id}/suggestions`)).json()).suggestions;
    expect(suggestions[0]).toMatchObject({ figureId: figure.id, claimId: null });
    const page = await pageAs(browser, 'checker', 'ar');
    await page.setViewportSize(DESKTOP);
    await page.goto(`/review/${second.slug}#claim-${b.id}`);
    const panel = page.locator(`[data-claim-panel="${b.id}"]`);
    await expect(panel.locator(`[data-suggestion="figure-${figure.id}"]`)).toBeVisible();
    await expect(panel.locator('[data-counted-kind="violations"]')).toContainText('خروقات');
    await page.keyboard.down('KeyR');
    await page.keyboard.up('KeyR');
    await expect(panel.locator(`[data-suggestion="figure-${figure.id}"]`)).toHaveCount(0);
    const after = (await (await checkerApi.get(`/api/v1/claims/${b.id}/suggestions`)).json()).suggestions;
    expect(after.map((s: { figureId: number | null }) => s.figureId)).not.toContain(figure.id);

    // Linked anyway, it is shown the earlier verdict, which it may take as a starting point only.
    res = await checkerApi.post(`/api/v1/claims/${b.id}/figure`, { data: { figureId: figure.id, version: b.version } });
    expect(res.status(), await res.text()).toBe(200);
    const claim = (await (await checkerApi.get(`/api/v1/claims/${b.id}`)).json()).claim;
    expect(claim.earlierVerdicts).toEqual([expect.objectContaining({ claimId: a.id, status: 'verified' })]);
    expect(claim.warnings).toEqual([]);
    await page.reload();
    await panel.locator('[data-earlier-verdicts] button').click();
    await expect(panel.locator('[data-earlier-verdicts] [role=status]')).toBeVisible();
    await expect(panel.locator('[data-event-kind="verdict_reused"]')).toHaveCount(1);

    // Public page: the published claim only; the desk page: both.
    const reader = await pageAs(browser, null, 'en');
    await reader.setViewportSize(DESKTOP);
    await reader.goto(`/figures/${figure.slug}`);
    await expect(reader.locator(`[data-figure-claim="${a.id}"]`)).toBeVisible();
    await expect(reader.locator(`[data-figure-claim="${b.id}"]`)).toHaveCount(0);
    await expect(reader.locator('[data-figure-timeline]')).toBeVisible();
    await expect(reader.locator('[data-figure-summary]')).toContainText(/The value given is \u2068?5\u2069?\./);
    await expectNoAxeViolations(reader);
    await keepScreenshot(reader, testInfo, 'figure-public-desktop');
    await reader.setViewportSize(PHONE);
    await keepScreenshot(reader, testInfo, 'figure-public-phone');
    await reader.goto(`/articles/${first.slug}`);
    await expect(reader.locator(`[data-figure-link="${figure.slug}"]`)).toBeVisible();

    await page.goto(`/figures/${figure.id}`);
    await expect(page.locator(`[data-figure-claim="${a.id}"]`)).toBeVisible();
    await expect(page.locator(`[data-figure-claim="${b.id}"]`)).toBeVisible();
    await expectNoAxeViolations(page);
    await keepScreenshot(page, testInfo, 'figure-desk-desktop');
    await page.setViewportSize(PHONE);
    await keepScreenshot(page, testInfo, 'figure-desk-phone');
    await page.setViewportSize(DESKTOP);
    await page.goto(`/figures?q=${encodeURIComponent(figure.titleEn.slice(0, 20))}`);
    await expect(page.locator(`[data-figure="${figure.slug}"]`)).toBeVisible();
    await keepScreenshot(page, testInfo, 'figures-index-desktop');
  });

  test('a wrong sum and a part larger than its whole are flagged on the desk, never blocking', async ({ browser, editorApi }, testInfo) => {
    const id = randomUUID().slice(0, 8);
    const res = await editorApi.post('/api/v1/articles', { data: { text: `${CRAFTED}\nنسخة ${id}`, title: `Crafted ${id}`, slug: `crafted-${id}`, published: '2023-09-25' } });
    expect(res.status(), await res.text()).toBe(201);
    const article = await (await editorApi.get(`/api/v1/articles/crafted-${id}`)).json();
    const six = article.claims.find((c: { value: number }) => c.value === 6);
    const care = article.claims.find((c: { value: number }) => c.value === 15000);
    const page = await pageAs(browser, 'checker', 'en');
    await page.setViewportSize(DESKTOP);
    await page.goto(`/review/crafted-${id}#claim-${six.id}`);
    await expect(page.locator(`[data-claim-panel="${six.id}"] [data-warning="sum-mismatch"]`)).toContainText('do not add up');
    await keepScreenshot(page, testInfo, 'desk-warnings-desktop', { screen: true });
    await page.locator(`[data-claim-item="${care.id}"]`).click();
    await expect(page.locator(`[data-claim-panel="${care.id}"] [data-warning="subset-exceeds-whole"]`)).toBeVisible();
  });

  test('anonymous callers may not create figures or link claims', async ({ playwright, baseURL }) => {
    const anon = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    expect((await anon.post('/api/v1/figures', { data: { category: 'violations', counted: 'x', title_en: 'X' } })).status()).toBe(401);
    expect((await anon.get('/api/v1/figures')).status()).toBe(401);
    await anon.dispose();
  });
});
