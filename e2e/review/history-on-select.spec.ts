import { claimWith, expect, pageAs, test } from '../fixtures/desk';

test.describe('the review desk loads a claim history when the claim is selected', () => {
  test('the page carries no other claim history; selecting a claim shows its own', async ({ browser, article, checkerApi }) => {
    const other = claimWith(article, 'خمسة انتهاكات');
    const note = `Called the ministry back ${Date.now()}.`;
    const res = await checkerApi.post(`/api/v1/claims/${other.id}/comments`, { data: { note } });
    expect(res.status(), await res.text()).toBe(201);

    const page = await pageAs(browser, 'checker', 'en');
    const response = await page.goto(`/review/${article.slug}`);
    // The first claim is selected: the comment on another claim is nowhere in what the server sent.
    expect(await response!.text()).not.toContain(note);

    await page.locator(`[data-claim-item="${other.id}"]`).click();
    const panel = page.locator(`[data-claim-panel="${other.id}"]`);
    const entry = panel.locator('[data-history] [data-event-kind="comment"]');
    await expect(entry).toContainText(note);
    await expect(entry).toContainText('Salma Checker');
  });

  test('a history that fails to load says so in Arabic, and loads on retry', async ({ browser, article }) => {
    const claim = claimWith(article, 'خمسة انتهاكات');
    const page = await pageAs(browser, 'checker');
    await page.goto(`/review/${article.slug}`);
    await expect(page.locator('[data-keys-ready]')).toBeAttached();

    // Every server action call fails, as when the connection drops.
    const failing = (route: import('@playwright/test').Route) =>
      route.request().method() === 'POST' && route.request().headers()['next-action'] ? route.abort() : route.fallback();
    await page.route('**/*', failing);
    await page.locator(`[data-claim-item="${claim.id}"]`).click();
    const panel = page.locator(`[data-claim-panel="${claim.id}"]`);
    const alert = panel.locator('[data-history-state="failed"] [role="alert"]');
    await expect(alert).toContainText('تعذّر تحميل السجل.');
    await expect(panel.locator('[data-history]')).toHaveCount(0);

    await page.unroute('**/*', failing);
    await alert.getByRole('button', { name: 'أعد المحاولة' }).click();
    await expect(panel.locator('[data-history] [data-event-kind="claim_created"]')).toBeVisible();
    await expect(alert).toHaveCount(0);
  });
});
