import type { Page } from '@playwright/test';
import { createUserAsAdmin, expect, test } from '../fixtures/desk';
import { DESKTOP, PHONE, pageAt } from '../fixtures/devices';

/**
 * What an Arabic keyboard layout sends: the physical key (code) of the Latin letter and the
 * Arabic character it types (key). page.keyboard cannot set them apart, so dispatch it.
 */
async function pressAsArabicLayout(page: Page, code: string, key: string, shiftKey = false) {
  await page.evaluate(
    ([code, key, shiftKey]) => {
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(new KeyboardEvent('keydown', { code, key, shiftKey, bubbles: true, cancelable: true }));
    },
    [code, key, shiftKey] as const,
  );
}

test.describe('desk shortcuts go by physical key', () => {
  test('j, k and v work with an Arabic layout (ت, ن, ر); ? opens an accessible list of keys', async ({ browser, article }) => {
    const password = 'arabic layout checker 1';
    const { email } = await createUserAsAdmin(browser, 'checker', password);
    const page = await pageAt(browser, { email, password }, 'ar', DESKTOP);
    await page.goto(`/review/${article.slug}`);
    const items = page.locator('[data-claim-item]');
    await expect(items.first()).toHaveAttribute('aria-current', 'true');
    await expect(page.locator('[data-keys-hint]')).toBeVisible();

    await pressAsArabicLayout(page, 'KeyJ', 'ت');
    await expect(items.nth(1)).toHaveAttribute('aria-current', 'true');
    await pressAsArabicLayout(page, 'KeyK', 'ن');
    await expect(items.first()).toHaveAttribute('aria-current', 'true');

    await pressAsArabicLayout(page, 'KeyV', 'ر');
    const panel = page.locator('[data-claim-panel]');
    await expect(panel.locator('textarea[name=note]')).toBeFocused();
    await expect(panel.locator('input[type=radio][value=verified]')).toBeChecked();
    await page.keyboard.press('Escape');

    // ? is Shift+Slash, which types ؟ on an Arabic layout.
    await pressAsArabicLayout(page, 'Slash', '؟', true);
    const dialog = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('الادعاء التالي');
    await expect(dialog.getByRole('button', { name: 'إغلاق' })).toBeFocused();
    // Focus never reaches the page behind the modal dialog (it is inert while it is open).
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      const escaped = await dialog.evaluate((d) => document.activeElement !== document.body && !d.contains(document.activeElement));
      expect(escaped).toBe(false);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page.context().close();
  });

  test('the keyboard hint is not shown on a phone', async ({ browser, article }) => {
    const page = await pageAt(browser, 'checker', 'ar', PHONE);
    await page.goto(`/review/${article.slug}`);
    await page.locator('[data-claim-item]').first().tap();
    await expect(page.locator('[data-claim-panel]')).toBeVisible();
    await expect(page.locator('[data-keys-hint]')).toBeHidden();
    await page.context().close();
  });
});
