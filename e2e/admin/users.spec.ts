import { createUserAsAdmin, expect, pageAs, test, trySignIn } from '../fixtures/desk';

test('an admin adds a user who can then sign in, and disabling the account locks it', async ({ browser, playwright, baseURL }) => {
  const password = 'a long enough password';
  const { email } = await createUserAsAdmin(browser, 'checker', password);
  const page = await pageAs(browser, 'admin', 'en');
  await page.goto('/admin/users');
  const row = page.locator('[data-users] tr', { hasText: email });
  await expect(row).toContainText('Fact-checker');
  await expect(row).toContainText('Active');

  const api = await playwright.request.newContext({ baseURL });
  expect(await trySignIn(api, email, password)).toBe(true);
  expect(await trySignIn(await playwright.request.newContext({ baseURL }), email, 'wrong password')).toBe(false);

  await expect(row.locator('[data-last-change]')).toHaveAttribute('data-last-change', 'account_created');
  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row).toContainText('Disabled');
  await expect(row.locator('[data-last-change]')).toContainText('Disabled by Admin');
  // The existing session stops working at once: the user is read from the database per request.
  expect((await api.get('/api/v1/claims/1')).status()).toBe(401);
  expect(await trySignIn(await playwright.request.newContext({ baseURL }), email, password)).toBe(false);
});

test('a user may not save a password shorter than ten characters', async ({ browser }) => {
  const page = await pageAs(browser, 'admin', 'en');
  await page.goto('/admin/users');
  const form = page.getByRole('form', { name: 'Add a user or change a role or password' });
  await form.locator('input[name=email]').fill('short@isnad.test');
  // Bypass the browser's own minlength check to see the server's answer.
  await form.locator('input[name=password]').evaluate((el) => el.removeAttribute('minlength'));
  await form.locator('input[name=password]').fill('short');
  await form.getByRole('button', { name: 'Save user' }).click();
  await expect(form.locator('[data-error-code="invalid_input"]')).toContainText('Check: password.');
  await expect(page.locator('[data-users] tr', { hasText: 'short@isnad.test' })).toHaveCount(0);
});
