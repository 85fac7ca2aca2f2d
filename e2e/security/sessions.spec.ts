import { createUserAsAdmin, expect, pageAs, test, trySignIn } from '../fixtures/desk';
import type { Browser, Page } from '@playwright/test';

/** A fresh browser context signed in as `email`, on the English interface. */
async function browserAs(browser: Browser, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  expect(await trySignIn(page.request, email, password)).toBe(true);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  return page;
}

/** The session is over: a private page sends the browser to sign in. */
async function expectSignedOut(page: Page) {
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/signin/);
}

test('"sign out everywhere" on one browser ends the session of another at once', async ({ browser }) => {
  const password = 'a long enough password';
  const { email } = await createUserAsAdmin(browser, 'checker', password);
  const [laptop, phone] = [await browserAs(browser, email, password), await browserAs(browser, email, password)];
  await phone.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(phone).toHaveURL(/\/signin/);
  await expectSignedOut(laptop);
  // Signing in again works: only the sessions ended, not the account.
  expect(await trySignIn(laptop.request, email, password)).toBe(true);
});

test("an admin signs a user out everywhere from the Users page", async ({ browser }) => {
  const password = 'a long enough password';
  const { email } = await createUserAsAdmin(browser, 'checker', password);
  const user = await browserAs(browser, email, password);
  const admin = await pageAs(browser, 'admin', 'en');
  await admin.goto('/admin/users');
  const row = admin.locator('[data-users] tr', { hasText: email });
  await row.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(row.getByRole('status')).toHaveText('Signed out everywhere.');
  await expect(row.locator('[data-last-change]')).toContainText('Signed out everywhere');
  await expectSignedOut(user);
});

test('a password change ends the other sessions and keeps this one', async ({ browser }) => {
  const password = 'a long enough password';
  const { email } = await createUserAsAdmin(browser, 'checker', password);
  const [here, elsewhere] = [await browserAs(browser, email, password), await browserAs(browser, email, password)];
  const form = here.locator('form', { has: here.getByRole('heading', { name: 'Change your password' }) });
  await form.getByLabel('Current password').fill('not my password at all');
  await form.getByLabel('New password').fill('a brand new password');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('alert')).toContainText('current');
  await form.getByLabel('Current password').fill(password);
  await form.getByLabel('New password').fill('a brand new password');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toHaveText('Password changed. Your other sessions have been signed out.');
  await expectSignedOut(elsewhere);
  await here.reload();
  await expect(here).toHaveURL(/\/settings/);
  expect(await trySignIn(elsewhere.request, email, password)).toBe(false);
  expect(await trySignIn(elsewhere.request, email, 'a brand new password')).toBe(true);
});

test.describe('API tokens over HTTP', () => {
  test('create, use without a cookie or Origin, list without the secret, revoke: then 401', async ({ editorApi, article, playwright, baseURL }) => {
    const created = await editorApi.post('/api/v1/tokens', { data: { name: 'CMS import', scope: 'write' } });
    expect(created.status()).toBe(201);
    const { id, token } = await created.json();
    expect(token).toMatch(/^isnad_/);
    const bearer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    const comment = await bearer.post(`/api/v1/claims/${article.claims[0].id}/comments`, { data: { note: 'Posted by a script.' } });
    expect(comment.status(), await comment.text()).toBe(201);
    const listed = await (await bearer.get('/api/v1/tokens')).json();
    expect(listed.tokens).toContainEqual(expect.objectContaining({ id, name: 'CMS import', scope: 'write' }));
    expect(JSON.stringify(listed)).not.toContain(token);
    expect((await editorApi.delete(`/api/v1/tokens/${id}`, { headers: { 'content-type': 'application/json' } })).status()).toBe(200);
    const refused = await bearer.get(`/api/v1/claims/${article.claims[0].id}`);
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe('unauthorized');
    await bearer.dispose();
  });

  test('a read-only token reads but is refused any change with 403; a checker may not create tokens', async ({ editorApi, checkerApi, article, playwright, baseURL }) => {
    const { token } = await (await editorApi.post('/api/v1/tokens', { data: { name: 'dashboard', scope: 'read' } })).json();
    const bearer = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${token}` } });
    const claim = article.claims[0];
    expect((await bearer.get(`/api/v1/claims/${claim.id}`)).status()).toBe(200);
    const refused = await bearer.post(`/api/v1/claims/${claim.id}/review`, { data: { status: 'in_review', version: claim.version } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.message).toMatch(/read-only/);
    const now = await (await bearer.get(`/api/v1/claims/${claim.id}`)).json();
    expect(now.claim.version).toBe(claim.version);
    expect((await checkerApi.post('/api/v1/tokens', { data: { name: 'mine', scope: 'read' } })).status()).toBe(403);
    await bearer.dispose();
  });

  test('tokens are made and revoked on the Settings page; the secret is shown once', async ({ browser }) => {
    const page = await pageAs(browser, 'editor', 'en');
    await page.goto('/settings');
    // Another spec may have left the editor's profile in Arabic: choose English here first.
    if ((await page.locator('html').getAttribute('lang')) !== 'en') {
      const english = page.locator('input[name="locale"][value="en"]');
      await english.check();
      await english.locator('xpath=ancestor::form').locator('button').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
    const panel = page.locator('[data-api-tokens]');
    const name = `Newsroom bot ${Date.now()}`;
    await panel.getByLabel('Name').fill(name);
    await panel.getByLabel('Scope').selectOption('write');
    await panel.getByRole('button', { name: 'Create token' }).click();
    await expect(panel.locator('[data-new-token]')).toHaveText(/^isnad_/);
    const row = panel.locator('li', { hasText: name });
    await expect(row).toContainText('Read and write');
    await page.reload();
    await expect(panel.locator('[data-new-token]')).toHaveCount(0);
    await row.getByRole('button', { name: 'Revoke' }).click();
    await expect(row).toHaveCount(0);
  });
});
