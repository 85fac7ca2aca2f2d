import 'server-only';
import { unstable_cache } from 'next/cache';
import { config } from '@/lib/config';

/**
 * Puts cache tags on the page being rendered. Without Cache Components ('use cache' and
 * cacheTag), a page's tags are those of the fetch/unstable_cache calls made while it renders;
 * this one caches nothing worth having (`true`), only lends the page its tags. The data
 * itself is read directly: unstable_cache would turn its Dates into strings.
 */
export async function tagPublicPage(tags: string[]): Promise<void> {
  await unstable_cache(async () => true, ['public-page-tags', ...tags], { tags })();
  // When this render began (before its reads), so the cache handler can refuse to store it if
  // one of its tags expires meanwhile (lib/public/cache-handler.cjs).
  const began = [`${RENDER_TAG}${Date.now()}`];
  await unstable_cache(async () => true, began, { tags: began })();
}

/** Equal to RENDER_TAG in lib/public/cache-handler.cjs (a unit test keeps them so). */
export const RENDER_TAG = 'public:render-began:';

/**
 * The origin for absolute URLs on a cached page (ClaimReview, hreflang), which is rendered
 * once for every reader and so cannot follow a request's Host: ISNAD_PUBLIC_URL, which a
 * deployment sets (scripts/start.ts warns without it), else this server on localhost.
 */
export function cachedPageOrigin(): string {
  return config.publicUrl ?? `http://localhost:${process.env.PORT || 3000}`;
}
