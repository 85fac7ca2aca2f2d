import { randomUUID } from 'node:crypto';
import { expect, pageAs, test, trySignIn } from '../fixtures/desk';

test('an admin adds a user who can then sign in, and disabling the account locks it', async ({ browser, playwright, baseURL }) => {
  const page = await pageAs(browser, 'admin', 'en');
  await page.goto('/admin/users');
  const email = `reporter-${randomUUID().slice(0, 6)}@isnad.test`;
  const form = page.getByRole('form', { name: 'Add a user or reset a password' });
  await form.locator('input[name=email]').fill(email);
  await form.locator('input[name=name]').fill('Layla Haddad');
  await form.locator('select[name=role]').selectOption('checker');
  await form.locator('input[name=password]').fill('a long enough password');
  await form.getByRole('button', { name: 'Save user' }).click();
  const row = page.locator('[data-users] tr', { hasText: email });
  await expect(row).toContainText('Fact-checker');

  const api = await playwright.request.newContext({ baseURL });
  expect(await trySignIn(api, email, 'a long enough password')).toBe(true);
  expect(await trySignIn(await playwright.request.newContext({ baseURL }), email, 'wrong password')).toBe(false);

  await row.getByRole('button', { name: 'Disable' }).click();
  await expect(row).toContainText('Disabled');
  // The existing session stops working at once: the role is read from the database per request.
  expect((await api.get('/api/v1/claims/1')).status()).toBe(401);
  expect(await trySignIn(await playwright.request.newContext({ baseURL }), email, 'a long enough password')).toBe(false);
});
