import { requireSecondReviewerFromEnv } from '@/lib/desk/publication-rules';

/** Deployment settings read from the environment, with the defaults the demo runs on. */
function bytes(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

function count(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isSafeInteger(value) && value > 0 ? value : fallback;
}

export interface RateLimitSettings {
  /** False with ISNAD_RATE_LIMITS=off (benchmarks): no counting at all. */
  enabled: boolean;
  windowMs: number;
  /** API requests a token may make per window. */
  perToken: number;
  /** API requests one address may make per window without a token. */
  perAddress: number;
  /** Wrong passwords in a row an address+account pair may make before it must wait. */
  signInFreeFailures: number;
  /** The first wait; it doubles with each further failure, up to signInMaxBackoffMs. */
  signInBackoffMs: number;
  signInMaxBackoffMs: number;
}

export function rateLimitSettings(): RateLimitSettings {
  return {
    enabled: process.env.ISNAD_RATE_LIMITS !== 'off',
    windowMs: count('ISNAD_RATE_WINDOW_SECONDS', 60) * 1000,
    perToken: count('ISNAD_RATE_PER_TOKEN', 600),
    perAddress: count('ISNAD_RATE_PER_ADDRESS', 1200),
    signInFreeFailures: count('ISNAD_SIGNIN_FREE_FAILURES', 5),
    signInBackoffMs: count('ISNAD_SIGNIN_BACKOFF_SECONDS', 30) * 1000,
    signInMaxBackoffMs: count('ISNAD_SIGNIN_MAX_BACKOFF_SECONDS', 15 * 60) * 1000,
  };
}

export const config = {
  /** The fact-checking organisation named as author of every published ClaimReview. */
  organisationName: process.env.ISNAD_ORG_NAME || 'Isnad Fact-Check Desk',
  organisationUrl: process.env.ISNAD_ORG_URL || null,
  /** Absolute origin of the public site, for ClaimReview URLs; else taken from the request. */
  publicUrl: process.env.ISNAD_PUBLIC_URL?.replace(/\/+$/, '') || null,
  /**
   * Believe X-Forwarded-Host/Proto only behind a proxy that sets them itself: otherwise any
   * client could name another host and have it written into the pages' absolute URLs.
   */
  trustProxy: process.env.ISNAD_TRUST_PROXY === 'true',
  /** Second pair of eyes before publication; ISNAD_REQUIRE_SECOND_REVIEWER=false for a one-person desk. */
  // Read on each use, so a test (or an operator restarting nothing) can switch it.
  get requireSecondReviewer() {
    return requireSecondReviewerFromEnv();
  },
  /** Largest JSON body an API request may send, in bytes (413 beyond it). */
  bodyLimit: bytes('ISNAD_BODY_LIMIT', 1024 * 1024),
  /** The article import sends a whole article: 200,000 characters of Arabic is ~400 KB of UTF-8 plus JSON escapes. */
  importBodyLimit: bytes('ISNAD_IMPORT_BODY_LIMIT', 4 * 1024 * 1024),
  rateLimits: rateLimitSettings(),
};
