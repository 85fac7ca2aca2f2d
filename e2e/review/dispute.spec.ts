import { claimWith, expect, pageAs, test } from '../fixtures/desk';

test.describe('a fact-checker reviews claims on the desk', () => {
  test('signs in, disputes a claim with a rationale, and sees it in the history', async ({ page, article }) => {
    await page.goto(`/review/${article.slug}`);
    await expect(page).toHaveURL(/\/signin/);
    await page.locator('input[name=email]').fill('checker@isnad.test');
    await page.locator('input[name=password]').fill('isnad-demo-2023');
    await page.locator('form button').last().click();
    await expect(page).toHaveURL(new RegExp(`/review/${article.slug}$`));

    const claim = claimWith(article, 'خمسة انتهاكات');
    await page.locator(`[data-claim-item="${claim.id}"]`).click();
    const panel = page.locator(`[data-claim-panel="${claim.id}"]`);
    await expect(panel).toBeVisible();
    // The article scrolled to the claim's span and marks it as selected.
    const mark = page.locator(`mark[data-claims~="${claim.id}"]`).first();
    await expect(mark).toHaveAttribute('data-selected', 'true');
    await expect(mark).toBeInViewport();

    await page.keyboard.press('d');
    const rationale = panel.locator('textarea[name=note]');
    await expect(rationale).toBeFocused();
    const note = 'OSCE monitors logged nine violations in Shusha alone that day.';
    await rationale.fill(note);
    await page.keyboard.press('Control+Enter');

    await expect(panel.locator('[data-status="disputed"]').first()).toBeVisible();
    const entry = panel.locator('[data-history] [data-event-kind="status_changed"]').last();
    await expect(entry).toContainText(note);
    await expect(entry).toContainText('Salma Checker');
    await expect(page.locator(`[data-claim-item="${claim.id}"] [data-status="disputed"]`)).toBeVisible();
  });

  test('j and k move between claims; a verdict without a rationale is refused', async ({ browser, article }) => {
    const page = await pageAs(browser, 'checker');
    await page.goto(`/review/${article.slug}`);
    const items = page.locator('[data-claim-item]');
    await expect(items.first()).toHaveAttribute('aria-current', 'true');
    // The server-rendered desk already shows the first claim current; keys work once hydrated.
    await expect(page.locator('[data-keys-ready]')).toBeAttached();
    await page.keyboard.press('j');
    await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('k');
    await expect(items.first()).toHaveAttribute('aria-current', 'true');

    await page.keyboard.press('v');
    const panel = page.locator('[data-claim-panel]');
    await panel.locator('textarea[name=note]').fill('   ');
    await panel.getByRole('button', { name: 'احفظ الحالة' }).click();
    await expect(panel.getByRole('alert')).toContainText('اكتب المسوِّغ قبل إصدار الحكم');
    // The panel loads the claim's history: count its entries once it has arrived.
    await expect(panel.locator('[data-history-state="loaded"] [data-history]')).toBeAttached();
    await expect(panel.locator('[data-history] [data-event-kind="status_changed"]')).toHaveCount(0);
    await expect(items.first().locator('[data-status="unreviewed"]')).toBeVisible();
  });

  test('filters the claim list by status and category', async ({ browser, article, checkerApi }) => {
    const claim = claimWith(article, 'أربعة شرطيين');
    await checkerApi.post(`/api/v1/claims/${claim.id}/review`, { data: { status: 'in_review', version: claim.version } });
    const page = await pageAs(browser, 'checker', 'en');
    await page.goto(`/review/${article.slug}`);
    await page.locator('select[name=statusFilter]').selectOption('in_review');
    await expect(page.locator('[data-claim-item]')).toHaveCount(1);
    await expect(page.locator(`[data-claim-item="${claim.id}"]`)).toBeVisible();
    await page.locator('select[name=statusFilter]').selectOption('');
    await page.locator('select[name=categoryFilter]').selectOption('violations');
    const violations = article.claims.filter((c) => (c as { category?: string }).category === 'violations').length;
    await expect(page.locator('[data-claim-item]')).toHaveCount(violations);
  });
});
