import { createUserAsAdmin, expect, pageAs, test } from '../fixtures/desk';

test('five wrong passwords make this browser wait for this account: the form says so, and even the right password waits', async ({ browser }) => {
  const password = 'a long enough password';
  const { email } = await createUserAsAdmin(browser, 'checker', password);
  // All from the one browser: the backoff counts per address and account, and a browser may
  // reach localhost over another address (::1) than the test runner's own requests do.
  const page = await pageAs(browser, null, 'en');
  await page.goto('/signin');
  const alert = page.locator('form [role=alert]');
  async function submit(pass: string) {
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(pass);
    await page.locator('input[name=password]').press('Enter');
  }
  for (let i = 0; i < 5; i++) {
    await submit(`wrong guess ${i}`);
    await expect(alert).toHaveText('Wrong email or password, or the account is disabled.');
    await page.goto('/signin');
  }
  await submit(password);
  await expect(alert).toHaveText('Too many wrong passwords for this account from here. Wait a while, then try again.');
  await expect(page).toHaveURL(/\/signin/);
  // The address stays in the form: only the password needs typing again.
  await expect(page.locator('input[name=email]')).toHaveValue(email);
  await expect(page.locator('input[name=password]')).toHaveValue('');
});
