import { NextRequest } from 'next/server';
import { handlers } from '@/auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { config } from '@/lib/config';

const CALLBACK_COOKIE = /^(__Secure-)?authjs\.callback-url$/;

/**
 * next-auth answers 500 (InvalidCallbackUrl) to a `callbackUrl` query or cookie that is not an
 * http(s) URL, e.g. `?callbackUrl=javascript:alert(1)`. A hostile link is the client's doing:
 * the value is reduced to a path on this site (or `/`) before next-auth reads it, and an
 * unusable callback cookie is dropped.
 */
function withSafeCallback(request: NextRequest): NextRequest {
  const url = new URL(request.url);
  const origins = [url.origin, config.publicUrl];
  let changed = false;
  const wanted = url.searchParams.get('callbackUrl');
  if (wanted !== null) {
    const safe = safeCallbackPath(wanted, origins);
    if (safe !== wanted || url.searchParams.getAll('callbackUrl').length > 1) {
      url.searchParams.set('callbackUrl', safe);
      changed = true;
    }
  }
  const headers = new Headers(request.headers);
  const cookies = (request.headers.get('cookie') ?? '').split(/;\s*/).filter(Boolean);
  const kept = cookies.filter((pair) => {
    const [name, ...rest] = pair.split('=');
    if (!CALLBACK_COOKIE.test(name.trim())) return true;
    let value = rest.join('=');
    try {
      value = decodeURIComponent(value);
    } catch {
      return false;
    }
    return value === '/' || safeCallbackPath(value, origins) !== '/';
  });
  if (kept.length !== cookies.length) {
    headers.set('cookie', kept.join('; '));
    changed = true;
  }
  if (!changed) return request;
  return new NextRequest(url, {
    method: request.method,
    headers,
    body: request.method === 'GET' || request.method === 'HEAD' ? undefined : request.body,
    duplex: 'half',
  } as ConstructorParameters<typeof NextRequest>[1]);
}

export const GET = (request: NextRequest) => handlers.GET(withSafeCallback(request));

/** next-auth's forms post url-encoded fields; anything else would only reach its JSON parser and fail there. */
export const POST = (request: NextRequest) => {
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(request.headers.get('content-type') ?? '')) {
    return Response.json(
      { error: { code: 'unsupported_media_type', message: 'Send the sign-in form as application/x-www-form-urlencoded.' } },
      { status: 415 },
    );
  }
  return handlers.POST(withSafeCallback(request));
};
