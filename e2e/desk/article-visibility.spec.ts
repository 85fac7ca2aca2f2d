import { expect, judgeAsChecker, pageAs, test } from '../fixtures/desk';

test('an editor marks an article public and unlists it again, each after confirming', async ({ browser, article, request }) => {
  const page = await pageAs(browser, 'editor', 'en');
  await page.goto(`/review/${article.slug}`);
  const panel = page.locator('[data-article-visibility]');
  await expect(panel.locator('[data-visibility-state]')).toHaveText('Private: readers see it once a verdict of it is published.');
  await panel.locator('summary').click();
  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(404);

  await panel.getByRole('button', { name: 'Mark public' }).click();
  await expect(panel.getByRole('group')).toContainText('before any verdict');
  // Cancelling changes nothing.
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel).toHaveAttribute('data-article-visibility', 'auto');
  await panel.getByRole('button', { name: 'Mark public' }).click();
  await panel.getByRole('button', { name: 'Yes, mark public' }).click();
  await expect(panel).toHaveAttribute('data-article-visibility', 'public');
  await expect(panel.locator('[data-visibility-state]')).toHaveText('Public: an editor marked it public.');
  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(200);

  await panel.getByRole('button', { name: 'Unlist' }).click();
  await panel.getByRole('button', { name: 'Yes, unlist' }).click();
  await expect(panel).toHaveAttribute('data-article-visibility', 'auto');
  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(404);
  await page.context().close();
});

test('deleting an article with a published verdict is refused in words; without one it goes', async ({ browser, article, editorApi, checkerApi, request }) => {
  const [first] = article.claims;
  await judgeAsChecker(checkerApi, first, 'unverifiable', 'Nobody publishes this figure.', 'No source can confirm it.');
  expect((await editorApi.post(`/api/v1/claims/${first.id}/publish`, { data: {} })).status()).toBe(201);

  const page = await pageAs(browser, 'editor', 'ar');
  await page.goto(`/review/${article.slug}`);
  const panel = page.locator('[data-article-visibility]');
  await expect(panel.locator('[data-visibility-state]')).toContainText('معلَن ما دام له حكم منشور');
  await panel.locator('summary').click();
  await panel.getByRole('button', { name: 'حذف المقال' }).click();
  await panel.getByLabel('السبب (يُحفظ في السجل)').fill('نسخة مكررة.');
  await panel.getByRole('button', { name: 'نعم، احذفه' }).click();
  const refusal = panel.getByRole('alert');
  await expect(refusal.locator('[data-unmet="has_published_verdicts"]')).toHaveText(/لهذا المقال أحكام منشورة: اسحبها أولًا/);
  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(200);

  // Withdrawn, the article may go: it leaves the desk and the public site; its history stays.
  const withdrawn = await editorApi.post(`/api/v1/claims/${first.id}/unpublish`, { data: { note: 'Withdrawn before deleting a duplicate.' } });
  expect(withdrawn.status(), await withdrawn.text()).toBe(200);
  await page.reload();
  await panel.locator('summary').click();
  await panel.getByRole('button', { name: 'حذف المقال' }).click();
  await panel.getByLabel('السبب (يُحفظ في السجل)').fill('نسخة مكررة.');
  await panel.getByRole('button', { name: 'نعم، احذفه' }).click();
  await expect(page).toHaveURL(/\/review$/);
  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(404);
  expect((await page.goto(`/review/${article.slug}`))!.status()).toBe(404);
  await page.context().close();
});

test('a checker sees no visibility controls', async ({ browser, article }) => {
  const page = await pageAs(browser, 'checker', 'en');
  await page.goto(`/review/${article.slug}`);
  await expect(page.locator('[data-article-text]')).toBeVisible();
  await expect(page.locator('[data-article-visibility]')).toHaveCount(0);
  await page.context().close();
});
