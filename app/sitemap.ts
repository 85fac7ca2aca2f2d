import type { MetadataRoute } from 'next';
import { getReadDb } from '@/db';
import { listPublicArticles } from '@/db/queries/public-verdicts';
import { listFigures } from '@/lib/figures-desk/list-figures';
import { publicOrigin } from '@/lib/http/origin';
import { alternatesOf } from '@/lib/public/locale-paths';

// Read per request: an article enters the sitemap when its first verdict is published.
export const dynamic = 'force-dynamic';

/**
 * The public pages only: the home page, every article the public may see (never a draft,
 * an unlisted or a deleted one) and every figure with a published verdict, each once per
 * language, with its alternates.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await publicOrigin();
  const entries: MetadataRoute.Sitemap = [{ url: `${origin}/` }];
  // Page by page (keyset): one sitemap holds at most 50,000 URLs.
  let after: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listPublicArticles>> = await listPublicArticles(getReadDb(), { after, limit: 200 });
    for (const a of page.rows) {
      const { languages } = alternatesOf(origin, `/articles/${a.slug}`);
      for (const url of Object.values(languages)) entries.push({ url, lastModified: a.importedAt, alternates: { languages } });
    }
    after = page.next;
  } while (after && entries.length < 50_000);
  // Every figure the public index lists (one with a published verdict), once per language.
  let olderThan: number | null = null;
  do {
    const page: Awaited<ReturnType<typeof listFigures>> = await listFigures(getReadDb(), { after: olderThan ?? undefined, limit: 100 }, true);
    for (const f of page.figures) {
      const { languages } = alternatesOf(origin, `/figures/${f.slug}`);
      for (const url of Object.values(languages)) entries.push({ url, alternates: { languages } });
    }
    olderThan = page.next;
  } while (olderThan && entries.length < 50_000);
  return entries;
}
