import { expect, test } from '../fixtures/desk';
import { pageAt } from '../fixtures/devices';

/** RFC 4180: quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

test('the seed article exports as CSV from the review desk: BOM, Arabic intact, one row per claim', async ({ browser, editorApi }) => {
  const seed = await (await editorApi.get('/api/v1/articles/karabakh-talks')).json();
  expect(seed.claims.length).toBeGreaterThan(3);

  const page = await pageAt(browser, 'checker', 'ar', { width: 1440, height: 900 });
  await page.goto('/review/karabakh-talks');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export-csv]').click()]);
  expect(download.suggestedFilename()).toBe('isnad-claims-karabakh-talks.csv');
  const bytes = await (await import('node:fs/promises')).readFile((await download.path())!);
  // EF BB BF: the UTF-8 byte-order mark spreadsheet software needs to read Arabic.
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1));
  expect(header.slice(0, 9)).toEqual(['claim_id', 'article', 'article_title', 'value', 'qualifier', 'counted', 'category', 'claimant', 'status']);
  const col = (name: string) => header.indexOf(name);
  expect(rows).toHaveLength(seed.claims.length);
  const byId = new Map(rows.map((r) => [Number(r[col('claim_id')]), r]));
  for (const claim of seed.claims) {
    const row = byId.get(claim.id)!;
    expect(row, `claim ${claim.id}`).toBeDefined();
    expect(row[col('article')]).toBe('karabakh-talks');
    expect(row[col('article_title')]).toBe(seed.article.title);
    expect(row[col('value')]).toBe(claim.value === null ? '' : String(claim.value));
    expect(row[col('counted')]).toBe(claim.counted);
    expect(row[col('category')]).toBe(claim.category);
    expect(row[col('claimant')]).toBe(claim.claimant ?? '');
    expect(row[col('status')]).toBe(claim.status);
  }
  // The Arabic of the title survives the round trip byte for byte.
  expect(rows[0][col('article_title')]).toMatch(/قره باغ/);
  await page.context().close();
});

test('the JSON export takes the same filters; anonymous callers are refused', async ({ editorApi, article, playwright, baseURL }) => {
  const claim = article.claims[0];
  await editorApi.post(`/api/v1/claims/${claim.id}/review`, { data: { status: 'verified', note: 'Checked.', version: claim.version } });
  const res = await editorApi.get(`/api/v1/claims/export.json?article=${article.slug}&status=verified`);
  expect(res.status()).toBe(200);
  const rows = await res.json();
  expect(rows.map((r: { claim_id: number }) => r.claim_id)).toEqual([claim.id]);
  const bad = await editorApi.get('/api/v1/claims/export.csv?status=nope');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toMatch(/status/);
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.get('/api/v1/claims/export.csv')).status()).toBe(401);
  await anonymous.dispose();
});
