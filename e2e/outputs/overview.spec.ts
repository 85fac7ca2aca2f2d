import type { APIRequestContext, Page } from '@playwright/test';
import { createArticle, expect, judgeAsChecker, pageAs, test } from '../fixtures/desk';

/** Every claim on the desk, through the API's keyset pages: status and category of each. */
async function allClaims(api: APIRequestContext): Promise<Array<{ status: string; category: string }>> {
  const out: Array<{ status: string; category: string }> = [];
  let cursor: string | null = null;
  do {
    const res = await api.get(`/api/v1/claims?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { claims: Array<{ status: string; category: string }>; next: string | null };
    out.push(...body.claims);
    cursor = body.next;
  } while (cursor);
  return out;
}

const tally = (rows: Array<Record<string, string>>, key: string) =>
  rows.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r[key]]: (acc[r[key]] ?? 0) + 1 }), {});

/** A bar table of the overview as { key: value }, zero rows left out. */
async function chart(page: Page, id: string): Promise<Record<string, number>> {
  const rows = await page.locator(`[data-chart="${id}"] tbody tr`).evaluateAll((trs) =>
    trs.map((tr) => [tr.getAttribute('data-key')!, Number(tr.querySelector('[data-value]')!.getAttribute('data-value'))] as const),
  );
  return Object.fromEntries(rows.filter(([, n]) => n > 0));
}

test('the overview\'s totals are the claims the desk holds, by status and by category', async ({ browser, editorApi }) => {
  const page = await pageAs(browser, 'editor', 'en');
  // Other tests change claims while this one reads: compare a view that held still (the
  // same figures before and after the API was read) with what the API listed in between.
  await expect
    .poll(
      async () => {
        await page.goto('/overview?period=7');
        const before = { status: await chart(page, 'by-status'), category: await chart(page, 'by-category') };
        const claims = await allClaims(editorApi);
        await page.reload();
        const after = { status: await chart(page, 'by-status'), category: await chart(page, 'by-category') };
        if (JSON.stringify(before) !== JSON.stringify(after)) return 'moving';
        const total = Number(await page.locator('[data-total-claims]').getAttribute('data-total-claims'));
        return JSON.stringify(sorted(after.status)) === JSON.stringify(sorted(tally(claims, 'status'))) &&
          JSON.stringify(sorted(after.category)) === JSON.stringify(sorted(tally(claims, 'category'))) &&
          total === claims.length
          ? 'equal'
          : JSON.stringify({ overview: after, api: { status: tally(claims, 'status'), category: tally(claims, 'category') } });
      },
      { timeout: 30_000, intervals: [500, 1_000, 2_000] },
    )
    .toBe('equal');
  await page.context().close();
});

function sorted(o: Record<string, number>) {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
}

test('a verdict given today shows in its article\'s row, the day\'s column and the checker\'s work', async ({ browser, editorApi, checkerApi }) => {
  const article = await createArticle(editorApi);
  const [first, second] = article.claims;
  await judgeAsChecker(checkerApi, first, 'unverifiable', 'Nobody publishes this figure.', 'No source can confirm it.');
  const published = await editorApi.post(`/api/v1/claims/${first.id}/publish`, { data: {} });
  expect(published.status(), await published.text()).toBe(201);
  const reviewed = await checkerApi.post(`/api/v1/claims/${second.id}/review`, { data: { status: 'in_review', note: null, version: second.version } });
  expect(reviewed.status(), await reviewed.text()).toBe(200);
  const claims = (await (await editorApi.get(`/api/v1/claims?article=${article.slug}&limit=200`)).json()).claims as Array<{ status: string }>;

  const page = await pageAs(browser, 'editor', 'en');
  await page.goto('/overview?period=7');
  await expect(page.locator('[data-periods] [aria-current="page"]')).toHaveText(/^Last \u2068?7\u2069? days$/);
  const row = page.locator(`[data-article="${article.slug}"]`);
  for (const [status, n] of Object.entries(tally(claims, 'status'))) await expect(row.locator(`[data-count="${status}"]`)).toHaveText(String(n));
  await expect(row.locator('[data-count="published"]')).toHaveText('1');
  await expect(page.locator('[data-bar-legend]')).toContainText('Unverifiable');

  const today = new Date().toISOString().slice(0, 10);
  const column = page.locator(`[data-chart="verdicts-per-day"] [role="img"] [data-day="${today}"]`);
  expect(Number(await column.getAttribute('data-total'))).toBeGreaterThanOrEqual(1);
  await page.getByText('The figures as a table').click();
  await expect(page.locator(`[data-chart-table="verdicts-per-day"] tr[data-day="${today}"]`)).toBeVisible();
  const checkerRow = page.locator('[data-work] tr', { hasText: 'Salma Checker' });
  expect(Number(await checkerRow.locator('[data-reviews]').getAttribute('data-reviews'))).toBeGreaterThanOrEqual(2);
  expect(Number(await checkerRow.locator('[data-verdicts]').getAttribute('data-verdicts'))).toBeGreaterThanOrEqual(1);
  const editorRow = page.locator('[data-work] tr', { hasText: 'Omar Editor' });
  expect(Number(await editorRow.locator('[data-published]').getAttribute('data-published'))).toBeGreaterThanOrEqual(1);
  expect(Number(await page.locator('[data-median="verdict"] [data-n]').getAttribute('data-n'))).toBeGreaterThanOrEqual(1);
  await page.context().close();
});

test('a period the overview does not offer is refused in words, in Arabic too', async ({ browser }) => {
  const page = await pageAs(browser, 'editor', 'ar');
  await page.goto('/overview?period=100000');
  await expect(page.getByRole('alert').filter({ hasText: 'هذه المدة غير متاحة' })).toBeVisible();
  await expect(page.locator('[data-periods] [aria-current="page"]')).toHaveAttribute('href', '/overview?period=30');
  await page.context().close();
});
