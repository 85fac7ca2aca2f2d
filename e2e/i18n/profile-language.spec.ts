import { createUserAsAdmin, expect, test, trySignIn } from '../fixtures/desk';

test('a user’s language choice is kept in the profile and follows them to another browser', async ({ browser }) => {
  const password = 'another long password';
  const { email } = await createUserAsAdmin(browser, 'editor', password);

  const arabicBrowser = await browser.newContext({ locale: 'ar-EG' });
  const page = await arabicBrowser.newPage();
  expect(await trySignIn(page.request, email, password)).toBe(true);
  await page.goto('/settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.getByLabel('English').check();
  await page.getByRole('button', { name: 'احفظ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('h1')).toHaveText('Settings');

  // Another Arabic-speaking browser, no language cookie: the profile decides.
  const elsewhere = await (await browser.newContext({ locale: 'ar-EG' })).newPage();
  expect(await trySignIn(elsewhere.request, email, password)).toBe(true);
  await elsewhere.goto('/review');
  await expect(elsewhere.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(elsewhere.locator('h1')).toHaveText('Review desk');

  await elsewhere.goto('/settings');
  await elsewhere.getByLabel('Follow my browser').check();
  await elsewhere.getByRole('button', { name: 'Save' }).click();
  await expect(elsewhere.locator('html')).toHaveAttribute('dir', 'rtl');
});
