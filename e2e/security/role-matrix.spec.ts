import fs from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { createUserAsAdmin, expect, pageAs, test, trySignIn } from '../fixtures/desk';

/**
 * The server actions of this build, read from Next's manifest, so an action added later is in
 * the matrix without anyone remembering to list it. Signing in and out and the language switch
 * change no data of the desk and are left out.
 */
function serverActions(): Array<{ id: string; name: string; page: string }> {
  const manifest = JSON.parse(fs.readFileSync(path.join(process.cwd(), '.next', 'server', 'server-reference-manifest.json'), 'utf8'));
  const skip = new Set(['signInWithPassword', 'signOutAction', 'switchLocale']);
  return Object.entries(manifest.node as Record<string, { exportedName: string; workers: Record<string, unknown> }>)
    .filter(([, a]) => !skip.has(a.exportedName))
    .map(([id, a]) => {
      const pages = Object.keys(a.workers).filter((w) => !w.includes('_not-found'));
      return { id, name: a.exportedName, page: pages[0] ?? 'app/page' };
    });
}

/** Calls a server action the way the page's form does: its id, this origin, the argument as JSON. */
async function callAction(api: APIRequestContext, action: { id: string; page: string }, slug: string, input: unknown) {
  // Route groups such as (desk) are folders, not URL segments.
  const url = action.page.replace(/^app/, '').replace(/\/\([^)]+\)/g, '').replace(/\/page$/, '').replace('[slug]', slug).replace(/\[[^\]]+\]/g, '1') || '/';
  const res = await api.post(url, {
    headers: { 'next-action': action.id, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8' },
    data: JSON.stringify([input]),
    maxRedirects: 0,
  });
  return { status: res.status(), text: await res.text() };
}

test.describe('role matrix: a disabled user', () => {
  test('every server action is refused as signed out, and nothing changes', async ({ browser, playwright, baseURL, editorApi, article }) => {
    test.setTimeout(120_000);
    const password = 'a long enough password';
    // An administrator: every action would be allowed by the role, so a refusal is the disabling.
    const { email } = await createUserAsAdmin(browser, 'admin', password);
    const victim = await createUserAsAdmin(browser, 'checker', password);
    const user = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    expect(await trySignIn(user, email, password)).toBe(true);

    const claim = article.claims[0];
    const comment = serverActions().find((a) => a.name === 'commentAction')!;
    // The same call works while the account is active: the matrix below can only fail by refusal.
    const allowed = await callAction(user, comment, article.slug, { claimId: claim.id, note: 'before disabling' });
    expect(allowed.text).toContain('"ok":true');

    const read = async () => {
      const [claimRes, history, articleRes] = await Promise.all([
        editorApi.get(`/api/v1/claims/${claim.id}`),
        editorApi.get(`/api/v1/claims/${claim.id}/history`),
        editorApi.get(`/api/v1/articles/${article.slug}`),
      ]);
      const { claim: c } = await claimRes.json();
      const a = await articleRes.json();
      return { claim: c, history: await history.json(), claims: a.claims.length };
    };
    const before = await read();

    const admin = await pageAs(browser, 'admin', 'en');
    await admin.goto('/admin/users');
    const row = admin.locator('[data-users] tr', { hasText: email });
    await row.getByRole('button', { name: 'Disable' }).click();
    await expect(row).toContainText('Disabled');

    const c = { claimId: claim.id, version: before.claim.version };
    const inputs: Record<string, unknown> = {
      reviewClaimAction: { ...c, status: 'true', note: 'x', explanation: 'y' },
      setExplanationAction: { ...c, explanation: 'y' },
      editClaimAction: { ...c, claimant: 'someone else' },
      addClaimAction: { articleId: before.claim.articleId, start: claim.quote.length, end: claim.quote.length + 2, quote: 'xx' },
      commentAction: { claimId: claim.id, note: 'after disabling' },
      claimHistoryAction: { claimId: claim.id },
      addEvidenceAction: { claimId: claim.id, url: 'https://example.org/x', title: 'x', stance: 'supports' },
      removeEvidenceAction: { claimId: claim.id, evidenceId: 1 },
      publishVerdictAction: c,
      unpublishVerdictAction: c,
      assignClaimAction: { ...c, assignee: 1 },
      bulkClaimsAction: { action: 'status', claimIds: [claim.id], status: 'in_review' },
      linkFigureAction: { ...c, figureId: 1 },
      rejectSuggestionAction: { claimId: claim.id, figureId: 1 },
      reuseVerdictAction: { ...c, fromClaimId: claim.id },
      createFigureForClaimAction: { ...c, figure: { name: 'x' } },
      importArticleAction: { text: 'نص قصير', title: 'x', slug: `disabled-${article.slug}` },
      previewLinkAction: { url: 'https://example.org/' },
      saveUserAction: { email: `made-by-disabled-${article.slug}@isnad.test`, name: 'x', role: 'admin', password },
      setUserDisabledAction: { email: victim.email, disabled: true },
      saveLocalePreferenceAction: { locale: 'en' },
      changeOwnPasswordAction: { current: password, password: 'another long password' },
      signOutEverywhereAction: {},
      createApiTokenAction: { name: 'x', scope: 'write' },
      revokeApiTokenAction: { id: 1 },
    };

    const actions = serverActions();
    expect(actions.length).toBeGreaterThanOrEqual(20);
    const answers: Record<string, string> = {};
    for (const action of actions) {
      const { status, text } = await callAction(user, action, article.slug, inputs[action.name] ?? {});
      // Each answers as for a signed-out caller: refused before its input is even looked at.
      answers[action.name] = status === 200 && /"ok":false,"code":"unauthorized"/.test(text) && !text.includes('"ok":true') ? 'refused' : `${status} ${text.slice(0, 200)}`;
    }
    expect(answers).toEqual(Object.fromEntries(actions.map((a) => [a.name, 'refused'])));

    // Nothing changed: the claim, its history, the article, the other accounts, the password.
    expect(await read()).toEqual(before);
    expect(await trySignIn(await playwright.request.newContext({ baseURL }), victim.email, password)).toBe(true);
    expect(await trySignIn(await playwright.request.newContext({ baseURL }), `made-by-disabled-${article.slug}@isnad.test`, password)).toBe(false);
    expect((await editorApi.get(`/api/v1/articles/disabled-${article.slug}`)).status()).toBe(404);
    await row.getByRole('button', { name: 'Enable' }).click();
    await expect(row).toContainText('Active');
    const again = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    expect(await trySignIn(again, email, password)).toBe(true);
    const tokens = await (await again.get('/api/v1/tokens')).json();
    expect(tokens.tokens ?? tokens).toEqual([]);
    await admin.context().close();
  });
});
