import { createUserAsAdmin, expect, test, trySignIn } from '../fixtures/desk';

test('settings shows the language chosen in the header straight away, without a reload', async ({ browser }) => {
  const password = 'settings follows header 1';
  const { email } = await createUserAsAdmin(browser, 'checker', password);
  const page = await (await browser.newContext({ locale: 'ar-EG' })).newPage();
  expect(await trySignIn(page.request, email, password)).toBe(true);
  await page.goto('/settings');
  await page.getByLabel('English').check();
  await page.getByRole('button', { name: 'احفظ' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByLabel('العربية')).toBeChecked();
  await page.context().close();
});

test('a signed-in user who opens /signin goes on to where they were going', async ({ browser }) => {
  const password = 'signed in already 1';
  const { email } = await createUserAsAdmin(browser, 'checker', password);
  const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  expect(await trySignIn(page.request, email, password)).toBe(true);
  await page.goto('/signin?callbackUrl=%2Fsettings');
  await expect(page).toHaveURL(/\/settings$/);
  await page.goto('/signin');
  await expect(page).toHaveURL(/\/review$/);
  // Never off-site.
  await page.goto('/signin?callbackUrl=%2F%2Fexample.com');
  await expect(page).toHaveURL(/\/review$/);
  await page.context().close();
});
