import { createUserAsAdmin, expect, pageAs, test, trySignIn } from '../fixtures/desk';

test('five wrong passwords make this address wait for this account: the form says so, and even the right password waits', async ({
  browser,
  playwright,
  baseURL,
}) => {
  const password = 'a long enough password';
  const { email } = await createUserAsAdmin(browser, 'checker', password);
  const guesser = await playwright.request.newContext({ baseURL });
  for (let i = 0; i < 5; i++) expect(await trySignIn(guesser, email, `wrong guess ${i}`)).toBe(false);

  const page = await pageAs(browser, null, 'en');
  await page.goto('/signin');
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(password);
  await page.locator('input[name=password]').press('Enter');
  await expect(page.locator('form [role=alert]')).toHaveText('Too many wrong passwords for this account from here. Wait a while, then try again.');
  await expect(page).toHaveURL(/\/signin/);
  // The address stays in the form: only the password needs typing again.
  await expect(page.locator('input[name=email]')).toHaveValue(email);
  await expect(page.locator('input[name=password]')).toHaveValue('');
  expect(await trySignIn(await playwright.request.newContext({ baseURL }), email, password)).toBe(false);
});
