import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect, test } from '../fixtures/desk';
import { pageAt } from '../fixtures/devices';

const FIXTURE = fs.readFileSync(path.join(__dirname, '..', '..', 'lib', 'articles', 'fixtures', 'link-import', 'arabic-news.html'), 'utf8');

let server: http.Server;
let origin = '';

// A news page served from 127.0.0.1 (allowed by ISNAD_FETCH_ALLOW_ADDRESSES in the config);
// each path gets its own closing paragraph so every import is a new text.
test.beforeAll(async () => {
  server = http.createServer((req, res) => {
    const id = (req.url ?? '/').replace(/\W/g, '');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(FIXTURE.replace('</article>', `<p>نسخة الاختبار ${id}</p></article>`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('an editor pastes a link, checks the extracted text and claims, and imports', async ({ browser }) => {
  const page = await pageAt(browser, 'editor', 'en', { width: 1440, height: 900 });
  await page.goto('/import');
  await page.getByLabel('Address of the article page').fill(`${origin}/ui${randomUUID().slice(0, 8)}`);
  await page.getByRole('button', { name: 'Fetch the article' }).click();
  const preview = page.locator('[data-link-preview]');
  await expect(preview).toContainText('Fetched');
  await expect(preview.locator('[data-found-claims] li').first()).toBeVisible();
  await expect(preview.locator('[data-found-claims]')).toContainText('120');
  // The form below now holds what the page said, for the editor to check.
  await expect(page.getByLabel('Headline')).toHaveValue('هدنة هشة في الجنوب');
  await expect(page.getByLabel('Outlet')).toHaveValue('أخبار المثال');
  await expect(page.getByLabel('Publication date')).toHaveValue('2023-09-22');
  await expect(page.getByLabel('Article text')).toHaveValue(/قالت وزارةُ الصحة/);
  await expect(page.getByLabel('Article text')).not.toHaveValue(/should never appear/);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Open it in the review desk' })).toBeVisible();
  await page.getByRole('link', { name: 'Open it in the review desk' }).click();
  await expect(page.locator('[data-article-text]')).toContainText('120');
  await page.context().close();
});

test('POST /api/v1/articles takes {url} for editors only, and refuses private addresses', async ({ editorApi, checkerApi }) => {
  const res = await editorApi.post('/api/v1/articles', { data: { url: `${origin}/api${randomUUID().slice(0, 8)}` } });
  expect(res.status(), await res.text()).toBe(201);
  const { slug, claims } = await res.json();
  expect(claims).toBeGreaterThan(0);
  const article = await (await editorApi.get(`/api/v1/articles/${slug}`)).json();
  expect(article.article).toMatchObject({ title: 'هدنة هشة في الجنوب', outlet: 'أخبار المثال', url: `${origin}/ar/2023/09/22/truce`, language: 'ar' });

  expect((await checkerApi.post('/api/v1/articles', { data: { url: `${origin}/checker` } })).status()).toBe(403);
  const refused = await editorApi.post('/api/v1/articles', { data: { url: 'http://169.254.169.254/latest/meta-data' } });
  expect(refused.status()).toBe(400);
  expect((await refused.json()).error.message).toMatch(/^url: /);
});
