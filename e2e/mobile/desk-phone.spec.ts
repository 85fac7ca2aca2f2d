import { claimWith, createUserAsAdmin, expect, test } from '../fixtures/desk';
import { PHONE, pageAt } from '../fixtures/devices';
import { keepScreenshot } from '../fixtures/screenshots';

test.describe('the review desk on a 390×844 phone, in Arabic', () => {
  test('a checker reviews a claim and adds evidence without scrolling past the article text', async ({ browser, article }, testInfo) => {
    const password = 'phone checker password 1';
    const { email } = await createUserAsAdmin(browser, 'checker', password);
    const page = await pageAt(browser, { email, password }, 'ar', PHONE);
    await page.goto(`/review/${article.slug}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    // The header is one short row; the claim list comes first, within the first screen.
    const header = (await page.locator('body > header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(64);
    const firstItem = page.locator('[data-claim-item]').first();
    await expect(firstItem).toBeInViewport();
    expect((await firstItem.boundingBox())!.y + 40).toBeLessThan(PHONE.height);
    const articleText = page.locator('[data-article-text]');
    await expect(articleText).toBeHidden();
    await expect(page.locator('[data-keys-hint]')).toBeHidden();
    await keepScreenshot(page, testInfo, 'phone-desk-1-claim-list', { screen: true });

    // Tapping a claim opens its own view: the quote in context, then the status controls.
    const claim = claimWith(article, 'خمسة انتهاكات');
    await page.locator(`[data-claim-item="${claim.id}"]`).tap();
    const panel = page.locator(`[data-claim-panel="${claim.id}"]`);
    await expect(panel).toBeVisible();
    await expect(panel.locator('[data-quote-context] mark')).toContainText('خمسة انتهاكات');
    await expect(page.locator('[data-claim-item]').first()).toBeHidden();
    await expect(articleText).toBeHidden();
    const disputed = panel.getByText('مشكوك فيه', { exact: true }).first();
    await expect(disputed).toBeInViewport();
    await keepScreenshot(page, testInfo, 'phone-desk-2-claim-panel', { screen: true });

    await disputed.tap();
    await panel.locator('textarea[name=note]').fill('رصد المراقبون تسعة انتهاكات في شوشا وحدها ذلك اليوم.');
    await panel.getByRole('button', { name: 'احفظ الحالة' }).tap();
    // The status form's message (the public explanation form has its own below it).
    await expect(panel.getByRole('status').first()).toHaveText('حُفظ.');
    await expect(panel.locator('header [data-status="disputed"]')).toBeVisible();

    const evidence = panel.getByRole('form', { name: 'أضف الدليل' });
    await evidence.locator('input[name=url]').fill('https://www.osce.org/report-2023-09-21');
    await evidence.locator('input[name=title]').fill('تقرير المراقبين');
    await evidence.getByRole('button', { name: 'أضف الدليل' }).tap();
    await expect(panel.locator('[data-evidence-list] li')).toHaveCount(1);
    // All of it happened in the claim's view: the article text never came into the way.
    await expect(articleText).toBeHidden();
    await keepScreenshot(page, testInfo, 'phone-desk-3-reviewed', { screen: true });

    // The article is a tap away, scrolled to the claim.
    await panel.page().getByRole('button', { name: 'اعرضه في المقال' }).tap();
    await expect(articleText).toBeVisible();
    await expect(page.locator(`mark[data-claims~="${claim.id}"]`).first()).toBeInViewport();
    await keepScreenshot(page, testInfo, 'phone-desk-4-article', { screen: true });
    await page.context().close();
  });
});

test('/claims on a phone: the list first, the filters folded behind one button', async ({ browser, article }, testInfo) => {
  const page = await pageAt(browser, 'editor', 'ar', PHONE);
  await page.goto(`/claims?article=${article.slug}`);
  const toggle = page.locator('[data-filters-toggle]');
  await expect(toggle).not.toHaveAttribute('open');
  // One filter in use (the article); the number sits in a bidi isolate.
  await expect(toggle.locator('summary')).toContainText(/المستخدَم منها: \u2068?١/);
  await expect(page.locator('[data-claim-row]').first()).toBeInViewport();
  await keepScreenshot(page, testInfo, 'phone-claims-1-list', { screen: true });
  await toggle.locator('summary').tap();
  await expect(toggle.getByRole('button', { name: 'طبّق المرشّحات' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'phone-claims-2-filters', { screen: true });
});
