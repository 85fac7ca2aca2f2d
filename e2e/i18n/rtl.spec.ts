import { claimWith, expect, judgeAsChecker, pageAs, test } from '../fixtures/desk';
import { keepScreenshot } from '../fixtures/screenshots';

test.describe('Arabic renders right-to-left', () => {
  test('the Arabic desk and public page are RTL, with the fonts shipped from npm', async ({ browser, editorApi, checkerApi, article }, testInfo) => {
    const claim = claimWith(article, 'خمسة آلاف');
    await judgeAsChecker(checkerApi, claim, 'unverifiable', 'لا توجد أرقام مستقلة عن قوة حفظ السلام.', 'لا توجد أرقام مستقلة عن قوة حفظ السلام.');
    await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} });

    const page = await pageAs(browser, 'checker', 'ar');
    await page.goto(`/review/${article.slug}#claim-${claim.id}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    const text = page.locator('[data-article-text]');
    expect(await text.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The start of an RTL row is on the right: the article column sits right of the claim list.
    const articleBox = (await page.getByRole('region', { name: 'المقال' }).boundingBox())!;
    const listBox = (await page.getByRole('region', { name: 'الادعاءات' }).boundingBox())!;
    expect(articleBox.x).toBeGreaterThan(listBox.x);
    // The Arabic web font is served by the app itself (next/font from @fontsource), not the network.
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
    });
    expect(fonts.length).toBeGreaterThan(0);
    await keepScreenshot(page, testInfo, 'review-desk-ar');

    const reader = await pageAs(browser, null, 'ar');
    await reader.goto(`/articles/${article.slug}`);
    await expect(reader.locator('html')).toHaveAttribute('dir', 'rtl');
    expect(await reader.locator('[data-article-text]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect(reader.locator(`#claim-${claim.id}`)).toContainText('تعذّر التحقق');
    await keepScreenshot(reader, testInfo, 'public-article-ar');

    // Counts agree with the noun as Arabic grammar wants: one verdict is "حكم منشور واحد", not "١ أحكام".
    await reader.goto('/');
    await expect(reader.locator(`[data-article="${article.slug}"] [data-published-count]`)).toHaveText('حكم منشور واحد');
  });

  test('in the English interface the page is LTR and the Arabic article stays RTL', async ({ browser, article, editorApi, checkerApi }, testInfo) => {
    // The public page exists once a verdict of the article is published.
    const claim = claimWith(article, 'خمسة آلاف');
    await judgeAsChecker(checkerApi, claim, 'unverifiable', 'No independent figures.', 'No independent figures exist.');
    expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);
    const page = await pageAs(browser, 'editor', 'en');
    await page.goto(`/review/${article.slug}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.locator('[data-article-text]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect(page.locator('[data-claim-panel]')).toContainText('Claim');
    await keepScreenshot(page, testInfo, 'review-desk-en');

    const reader = await pageAs(browser, null, 'en');
    await reader.goto(`/articles/${article.slug}`);
    await expect(reader.locator('html')).toHaveAttribute('dir', 'ltr');
    expect(await reader.locator('[data-article-text]').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    await expect(reader.getByRole('heading', { name: 'Verdicts', exact: true })).toBeVisible();
    await keepScreenshot(reader, testInfo, 'public-article-en');
  });

  test('the language switch changes the interface and is remembered', async ({ browser }) => {
    const page = await pageAs(browser, null, 'ar');
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('الأحكام المنشورة');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('h1')).toHaveText('Published verdicts');
    await page.reload();
    await expect(page.locator('h1')).toHaveText('Published verdicts');
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  });
});
