import type { FetchArticleOptions } from './fetch-article';

/**
 * How the server may fetch a pasted link. Private and loopback addresses are refused; tests
 * (and an intranet desk) name the addresses they may reach in ISNAD_FETCH_ALLOW_ADDRESSES
 * (comma-separated addresses or CIDR ranges). That list is ignored in production unless
 * ISNAD_FETCH_ALLOW_IN_PRODUCTION=true says it was meant, so a stray test setting cannot
 * open the server to its own network.
 * Readability walks the whole DOM synchronously, so the page size is capped well below the
 * fetcher's default: a 2 MB page parses in well under a second and cannot stall the server.
 */
export const LINK_IMPORT_MAX_BYTES = 2_000_000;

export function linkFetchOptions(env: NodeJS.ProcessEnv = process.env): FetchArticleOptions {
  const honoured = env.NODE_ENV !== 'production' || env.ISNAD_FETCH_ALLOW_IN_PRODUCTION === 'true';
  const allow = honoured
    ? (env.ISNAD_FETCH_ALLOW_ADDRESSES ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean)
    : [];
  return { maxBytes: LINK_IMPORT_MAX_BYTES, ...(allow.length ? { allowAddresses: allow } : {}) };
}
