import { expect, test } from '../fixtures/desk';
import { pageAt } from '../fixtures/devices';

test('the activity feed shows the desk history newest first, filtered by article and kind, and pages on', async ({ browser, editorApi, article }) => {
  const [a, b] = article.claims;
  await editorApi.post(`/api/v1/claims/${a.id}/review`, { data: { status: 'in_review', note: 'Looking at the ministry figure.', version: a.version } });
  await editorApi.post(`/api/v1/claims/${b.id}/comments`, { data: { note: 'Second source needed.' } });

  const api = await editorApi.get(`/api/v1/activity?article=${article.slug}`);
  expect(api.status()).toBe(200);
  const { events, next } = await api.json();
  // Newest first: the comment, the status change, then the import's rows.
  expect(events.slice(0, 2).map((e: { kind: string }) => e.kind)).toEqual(['comment', 'status_changed']);
  expect(events.at(-1).kind).toBe('article_imported');
  expect(next).toBeNull();

  const page = await pageAt(browser, 'checker', 'en', { width: 1440, height: 900 });
  await page.goto(`/activity?article=${article.slug}&kind=status_changed`);
  const items = page.locator('[data-activity] li');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Looking at the ministry figure.');
  await expect(items.first().getByRole('link')).toHaveAttribute('href', `/review/${article.slug}`);

  // The filter form keeps the URL, and the kind filter narrows to comments.
  await page.getByLabel('Kind').selectOption('comment');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/kind=comment/);
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('Second source needed.');

  // A page of the whole feed links to the next, older page.
  const first = await (await editorApi.get(`/api/v1/activity?article=${article.slug}&limit=2`)).json();
  expect(first.events.map((e: { id: number }) => e.id)).toEqual(events.slice(0, 2).map((e: { id: number }) => e.id));
  const second = await (await editorApi.get(`/api/v1/activity?article=${article.slug}&limit=2&cursor=${first.next}`)).json();
  expect(second.events.map((e: { id: number }) => e.id)).toEqual(events.slice(2, 4).map((e: { id: number }) => e.id));
  await page.goto(`/activity?article=${article.slug}&limit=2`);
  await page.locator('[data-older]').click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(items).toHaveCount(2);
  await page.context().close();
});

test('anonymous readers may not read the activity', async ({ playwright, baseURL, page }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get('/api/v1/activity')).status()).toBe(401);
  await anonymous.dispose();
  await page.goto('/activity');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Factivity/);
});
