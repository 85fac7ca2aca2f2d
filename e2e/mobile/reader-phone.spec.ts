import { claimWith, expect, judgeAsChecker, test } from '../fixtures/desk';
import { PHONE, pageAt } from '../fixtures/devices';
import { keepScreenshot } from '../fixtures/screenshots';

test('on a phone, an anonymous Arabic reader reaches the first verdict within one screen', async ({ browser, editorApi, checkerApi, article }, testInfo) => {
  const claim = claimWith(article, 'خمسة آلاف');
  await judgeAsChecker(checkerApi, claim, 'unverifiable', 'لا توجد أرقام مستقلة عن قوة حفظ السلام.', 'لا توجد أرقام مستقلة عن قوة حفظ السلام.');
  await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} });

  const page = await pageAt(browser, null, 'ar', PHONE);
  await page.goto(`/articles/${article.slug}`);
  expect((await page.locator('body > header').boundingBox())!.height).toBeLessThanOrEqual(64);
  const item = page.locator(`[data-summary-item="${claim.id}"]`);
  await expect(item).toBeInViewport({ ratio: 1 });
  await expect(item.locator('[data-status="unverifiable"]')).toBeVisible();
  await keepScreenshot(page, testInfo, 'phone-article-1-summary', { screen: true });

  // Each summary line leads to its place in the text.
  await item.getByRole('link').tap();
  await expect(page).toHaveURL(new RegExp(`#text-claim-${claim.id}$`));
  await expect(page.locator(`#text-claim-${claim.id}`)).toBeInViewport();
  await keepScreenshot(page, testInfo, 'phone-article-2-in-text', { screen: true });

  // The header menu opens and holds the navigation.
  await page.locator('[data-header-menu] summary').tap();
  await expect(page.getByRole('navigation', { name: 'التنقل الرئيسي' }).getByRole('link', { name: 'الأحكام المنشورة' })).toBeVisible();
  await page.context().close();
});
