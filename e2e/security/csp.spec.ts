import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { claimWith, expect, judgeAsChecker, signIn, test } from '../fixtures/desk';

/** Records every CSP violation the page reports, by event and on the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|evaluate)/i.test(m.text())) violations.push(m.text());
  });
  await page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

test('every desk page carries a nonce CSP, a cached public page its script hashes, and the browser reports no violation', async ({ browser, editorApi, checkerApi, article }) => {
  const claim = claimWith(article, 'أكثر من 10 آلاف');
  await judgeAsChecker(checkerApi, claim, 'verified', 'UNHCR figures.');
  expect((await editorApi.post(`/api/v1/claims/${claim.id}/publish`, { data: {} })).status()).toBe(201);

  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  const violations = await watchViolations(page);

  // Anonymous pages first, then the desk's as an admin (who may open all of them).
  const visit = async (path: string, ready: () => Promise<void>) => {
    const response = await page.goto(path);
    expect(response!.status(), path).toBeLessThan(400);
    const csp = response!.headers()['content-security-policy'];
    expect(csp, path).toMatch(/script-src [^;]*'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(csp.split(';').find((d) => d.includes('script-src'))).not.toContain('unsafe-inline');
    expect(response!.headers()['strict-transport-security'], 'no HSTS over plain http').toBeUndefined();
    expect(response!.headers()['x-frame-options']).toBe('DENY');
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    // Every script of the HTML carries this response's nonce (the browser hides the attribute).
    const html = await response!.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
    await ready();
    await page.waitForLoadState('networkidle');
  };

  await visit('/', async () => {
    await expect(page.locator('h1').first()).toBeVisible();
  });
  // The public article page is cached (one HTML for every reader): no nonce, but the hash of
  // each of its inline scripts, and still no 'unsafe-inline' (lib/public/cache-handler.cjs).
  for (const lang of ['ar', 'en']) {
    const response = await page.goto(`/${lang}/articles/${article.slug}`);
    expect(response!.status()).toBe(200);
    const scriptSrc = response!.headers()['content-security-policy'].split(';').find((d) => d.includes('script-src'))!;
    expect(scriptSrc).not.toMatch(/unsafe-inline|nonce-/);
    const html = await response!.text();
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1])).map((m) => m[2]);
    expect(inline.length).toBeGreaterThan(0);
    for (const body of inline) expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
    await expect(page.locator(`#claim-${claim.id}`)).toBeVisible();
    const ld = await page.locator('script[type="application/ld+json"]').first().textContent();
    expect(JSON.parse(ld!)['@type']).toBe('ClaimReview');
    await page.waitForLoadState('networkidle');
  }
  await visit('/signin', async () => {
    await expect(page.locator('input[name=email]')).toBeVisible();
  });

  await signIn(page.request, 'admin');
  await visit('/review', async () => {
    await expect(page.locator('h1')).toBeVisible();
  });
  await visit(`/review/${article.slug}`, async () => {
    await expect(page.locator('[data-article-text]')).toBeVisible();
  });
  await visit('/import', async () => {
    await expect(page.locator('h1')).toBeVisible();
  });
  await visit('/admin/users', async () => {
    await expect(page.locator('[data-users]')).toBeVisible();
  });
  // Client navigation and hydration ran: an interactive control answers.
  await page.goto('/admin/users');
  await page.getByRole('form', { name: 'Add a user or change a role or password' }).locator('input[name=email]').fill('x');

  expect(violations).toEqual([]);
  await context.close();
});

test('two responses never share a nonce', async ({ request }) => {
  const a = (await request.get('/signin')).headers()['content-security-policy'];
  const b = (await request.get('/signin')).headers()['content-security-policy'];
  expect(a).not.toBe(b);
});
