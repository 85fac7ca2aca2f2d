/**
 * `POST /api/v1/articles` with `{url}` in place of `{text}`: the page is fetched and
 * extracted (preview-link.ts), then imported through importArticle like pasted text. Fields
 * the caller gives (title, outlet, published, slug) win over what the page says.
 */
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import type { FetchArticleOptions } from './fetch-article';
import { importArticle, type ImportResult } from './import-article';
import { linkFetchOptions } from './link-fetch-policy';
import { previewLink } from './preview-link';

export async function importFromLink(
  db: Db,
  actor: Actor | null,
  body: Record<string, unknown>,
  options: FetchArticleOptions = linkFetchOptions(),
): Promise<ImportResult> {
  assertCan(actor, 'articles:import');
  const page = await previewLink(actor, { url: body.url }, options);
  const given = (name: string) => (typeof body[name] === 'string' && (body[name] as string).trim() ? body[name] : undefined);
  return importArticle(
    db,
    actor,
    {
      text: page.text,
      title: given('title') ?? page.title ?? new URL(page.url).hostname,
      outlet: given('outlet') ?? page.outlet,
      url: page.url,
      published: given('published') ?? page.published,
      slug: given('slug'),
      ...(page.language ? { language: page.language } : {}),
    },
    'api',
  );
}
