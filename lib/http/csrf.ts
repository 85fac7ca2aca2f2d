import { config } from '@/lib/config';
import { DomainError } from '@/lib/errors';
import { sameOriginVerdict, type OriginSettings } from './request-origin';

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const isMutating = (method: string) => MUTATING.has(method.toUpperCase());
const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * How the caller proves who they are: the session cookie, or an `Authorization: Bearer`
 * token. A browser never attaches that header by itself (a cross-site page cannot set it
 * without a CORS preflight this API never grants), so a token request needs no CSRF check;
 * and such a request is judged by its token alone, never by a cookie it may also carry.
 */
export type AuthMethod = 'cookie' | 'token';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

export function authMethodOf(request: Request): AuthMethod {
  return request.headers.has('authorization') ? 'token' : 'cookie';
}

/** The secret of an `Authorization: Bearer` header, or null when it is missing or malformed. */
export function bearerSecret(request: Request): string | null {
  return BEARER.exec(request.headers.get('authorization') ?? '')?.[1] ?? null;
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
