import { expect, pageAs, test } from '../fixtures/desk';
import { keepScreenshot } from '../fixtures/screenshots';

/** The Settings page with its password, sessions and token sections, wide and on a phone, in both languages. */
for (const locale of ['ar', 'en'] as const) {
  test(`settings and users pages keep their layout (${locale})`, async ({ browser }, testInfo) => {
    const page = await pageAs(browser, 'admin', locale);
    for (const [width, height] of [[1440, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/settings');
      await expect(page.locator('[data-api-tokens]')).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await keepScreenshot(page, testInfo, `settings-${locale}-${width}`);
      await page.goto('/admin/users');
      await keepScreenshot(page, testInfo, `users-${locale}-${width}`);
    }
  });
}
