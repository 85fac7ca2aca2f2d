import type { DirectRoute } from '@/lib/http/direct-api';

/**
 * The /api/v1 routes lib/http/direct-api.ts serves without Next's router when the caller
 * sends a bearer token: the claim desk's reads and writes, whose handlers need nothing of
 * Next's request context. Each entry loads the route's own module, so the handler, its
 * validation and its authorization are the ones Next would run.
 *
 * Left to Next: routes whose use cases expire cached public pages (publish, unpublish,
 * visibility, figure links: Next's cache API needs its request context), the public
 * endpoints, tokens and sessions, lists and exports.
 */
const CLAIM = '/api/v1/claims/([^/]+)';

export const directRoutes: readonly DirectRoute[] = [
  { pattern: new RegExp(`^${CLAIM}$`), params: ['id'], load: () => import('./claims/[id]/route') },
  { pattern: new RegExp(`^${CLAIM}/comments$`), params: ['id'], load: () => import('./claims/[id]/comments/route') },
  { pattern: new RegExp(`^${CLAIM}/review$`), params: ['id'], load: () => import('./claims/[id]/review/route') },
  { pattern: new RegExp(`^${CLAIM}/assign$`), params: ['id'], load: () => import('./claims/[id]/assign/route') },
  { pattern: new RegExp(`^${CLAIM}/evidence$`), params: ['id'], load: () => import('./claims/[id]/evidence/route') },
  { pattern: new RegExp(`^${CLAIM}/evidence/([^/]+)$`), params: ['id', 'evidenceId'], load: () => import('./claims/[id]/evidence/[evidenceId]/route') },
  { pattern: new RegExp(`^${CLAIM}/history$`), params: ['id'], load: () => import('./claims/[id]/history/route') },
];
