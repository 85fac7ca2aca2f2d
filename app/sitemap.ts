import type { MetadataRoute } from 'next';
import { getDb } from '@/db';
import { listPublicArticles } from '@/db/queries/public-verdicts';
import { publicOrigin } from '@/lib/http/origin';

// Read per request: an article enters the sitemap when its first verdict is published.
export const dynamic = 'force-dynamic';

/** The public pages only: the home page and every article the public may see (never a draft, an unlisted or a deleted one). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [origin, articles] = await Promise.all([publicOrigin(), listPublicArticles(getDb())]);
  return [
    { url: `${origin}/` },
    ...articles.map((a) => ({ url: `${origin}/articles/${a.slug}`, lastModified: a.importedAt })),
  ];
}
