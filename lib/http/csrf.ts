import { config } from '@/lib/config';
import { DomainError } from '@/lib/errors';
import { sameOriginVerdict, type OriginSettings } from './request-origin';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isMutating = (method: string) => MUTATING.has(method.toUpperCase());
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * How the caller proved who they are. Only the session cookie exists today; a bearer token
 * (issue 11, API tokens) will add 'token', which a browser never attaches by itself and so
 * needs no CSRF check. The token path must set this before `assertBrowserSafe` runs.
 */
export type AuthMethod = 'cookie' | 'token';

export function authMethodOf(request: Request): AuthMethod {
  // Hook for API tokens: `Authorization: Bearer ...` will be verified and return 'token'.
  // Until then a bearer header proves nothing and the request is treated as a cookie one.
  return 'cookie';
}

/**
 * Refuses a state change a cross-site page could have caused with the user's cookie: it must
 * come from this site's origin (403) and declare a JSON body (415) — a JSON content type
 * cannot be sent cross-site without a CORS preflight, which this API never grants. Both are
 * checked before the body is read, whether or not a body was sent.
 */
export function assertBrowserSafe(request: Request, via: AuthMethod, settings: OriginSettings = config): void {
  if (!isMutating(request.method) || via === 'token') return;
  const protocol = new URL(request.url).protocol;
  const verdict = sameOriginVerdict(request.headers, settings, protocol);
  if (!verdict.ok) throw new DomainError('forbidden', `Cross-site request refused: ${verdict.reason}.`);
  if (!JSON_TYPE.test(request.headers.get('content-type') ?? '')) {
    throw new DomainError('unsupported_media_type', 'body: send JSON with the header Content-Type: application/json');
  }
}
