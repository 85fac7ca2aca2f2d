import { randomUUID } from 'node:crypto';
import { claimWith, expect, pageAs, selectInArticle, test } from '../fixtures/desk';

test.describe('importing an article and correcting the extractor', () => {
  test('an editor imports a report from the New article page; the same text again is not duplicated', async ({ browser }) => {
    const marker = randomUUID().slice(0, 8);
    const text = [
      'Sorry, you need to enable JavaScript to visit this website.',
      `قالت وزارة الصحة في غزة في بيان إن 27 شخصاً قتلوا وأصيب أكثر من 60 آخرين في غارات على مخيم النصيرات (${marker}).`,
      'وأعلن مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية أن نحو 5 آلاف عائلة نزحت من المنطقة خلال يومين.',
    ].join('\n');
    const page = await pageAs(browser, 'editor', 'en');
    await page.goto('/import');
    await page.locator('input[name=title]').fill(`Strikes on Nuseirat ${marker}`);
    await page.locator('input[name=outlet]').fill('Example Wire');
    await page.locator('textarea[name=text]').fill(text);
    await page.getByRole('button', { name: 'Import' }).click();
    const status = page.getByRole('status');
    await expect(status).toContainText(/Imported\. \d+ claims found\./);

    await page.getByRole('button', { name: 'Import' }).click();
    await expect(status).toContainText('This text was already imported.');

    await status.getByRole('link', { name: 'Open it in the review desk' }).click();
    await expect(page).toHaveURL(new RegExp(`/review/strikes-on-nuseirat-${marker}$`));
    await expect(page.locator('[data-article-text]')).not.toContainText('JavaScript');
    await expect(page.locator('[data-claim-item]').first()).toBeVisible();
    expect(await page.locator('[data-claim-item]').count()).toBeGreaterThanOrEqual(3);
  });

  test('import refuses empty text with a message', async ({ browser }) => {
    const page = await pageAs(browser, 'editor', 'en');
    await page.goto('/import');
    await page.locator('input[name=title]').fill('Nothing');
    await page.locator('textarea[name=text]').fill('   \n  ');
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.locator('[data-error-code="invalid_input"]')).toContainText('Check: text.');
  });

  test('a checker corrects a value, dismisses a false claim and adds a missed one from a selection', async ({ browser, article }) => {
    const page = await pageAs(browser, 'checker', 'en');
    const target = claimWith(article, 'ثلاث شحنات');
    await page.goto(`/review/${article.slug}#claim-${target.id}`);
    const panel = page.locator(`[data-claim-panel="${target.id}"]`);

    await panel.locator('summary', { hasText: 'Correct the claim' }).click();
    await panel.locator('input[name=value]').fill('4');
    await panel.getByRole('button', { name: 'Save corrections' }).click();
    await expect(panel.locator('[data-value="4"]')).toBeVisible();
    await expect(panel.locator('[data-event-kind="claim_edited"]')).toContainText('corrected value');

    await panel.locator('label', { hasText: 'Dismissed' }).click();
    await panel.locator('textarea[name=note]').fill('Not a count the article attributes to anyone.');
    await panel.getByRole('button', { name: 'Save status' }).click();
    await expect(page.locator(`[data-claim-item="${target.id}"] [data-status="dismissed"]`)).toBeVisible();

    // A distance the extractor leaves out: select it in the article and add it as a claim.
    await selectInArticle(page, '295 كلم');
    const add = page.getByRole('form', { name: 'Add a claim from the selected text' });
    await expect(add).toContainText('295 كلم');
    await add.locator('input[name=value]').fill('295');
    await add.locator('input[name=counted]').fill('kilometres from Baku to Yevlakh');
    await add.locator('select[name=category]').selectOption('other');
    await add.getByRole('button', { name: 'Add claim' }).click();
    const added = page.locator('[data-claim-panel]');
    await expect(added).toContainText('Added by a reviewer');
    await expect(added).toContainText('295 كلم');
    await expect(added.locator('[data-event-kind="claim_created"]')).toContainText('added the claim');
  });

  test('a checker re-pins a claim to the words that make it', async ({ browser, article }) => {
    const page = await pageAs(browser, 'checker', 'en');
    const claim = claimWith(article, 'ستة جنود');
    await page.goto(`/review/${article.slug}#claim-${claim.id}`);
    await selectInArticle(page, 'مقتل ستة جنود روس');
    await page.getByRole('button', { name: `Pin claim ${claim.id} to this text instead` }).click();
    const panel = page.locator(`[data-claim-panel="${claim.id}"]`);
    await expect(panel).toContainText('مقتل ستة جنود روس');
    await expect(panel.locator('[data-event-kind="claim_edited"]')).toContainText('corrected start, end, quote');
  });
});
