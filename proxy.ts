import NextAuth from 'next-auth';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { config as settings } from '@/lib/config';
import { isHttps, sameOriginVerdict } from '@/lib/http/request-origin';
import { contentSecurityPolicy, createNonce, HSTS } from '@/lib/http/security-headers';
import { fromAcceptLanguage, isLocale, DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES } from '@/lib/i18n/locales';
import { LOCALIZED_PUBLIC_PATH } from '@/lib/public/locale-paths';
import { authConfig, isPrivatePath } from './auth.config';

const { auth } = NextAuth(authConfig);

/**
 * The request headers the app will see. Unless ISNAD_TRUST_PROXY=true, X-Forwarded-Host and
 * -Proto are overwritten with what the server itself saw, so neither next-auth (which builds
 * its redirect URLs from them when AUTH_URL is unset) nor any page can be told another host.
 */
function trustedHeaders(request: NextRequest): Headers {
  const headers = new Headers(request.headers);
  if (!settings.trustProxy) {
    headers.set('x-forwarded-host', request.headers.get('host') ?? request.nextUrl.host);
    headers.set('x-forwarded-proto', request.nextUrl.protocol.replace(/:$/, ''));
  }
  return headers;
}

/** Sets the per-request CSP (with its nonce) on the page response and tells Next the nonce. */
function withSecurityHeaders(request: NextRequest, redirect?: Response): Response {
  const https = isHttps(request.headers, settings, request.nextUrl.protocol);
  let response: Response;
  if (redirect) {
    response = redirect;
  } else {
    const nonce = createNonce();
    const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === 'development', https });
    const requestHeaders = trustedHeaders(request);
    // Next finds the nonce in this request header and puts it on every script it renders.
    requestHeaders.set('content-security-policy', csp);
    requestHeaders.set('x-nonce', nonce);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set('Content-Security-Policy', csp);
  }
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  return response;
}

// A convenience redirect to the sign-in page only: every page, action and API route checks
// the user and role itself through lib/auth. The session is decoded only for private pages.
const privatePage = auth((request) => {
  if (request.auth?.user) return withSecurityHeaders(request);
  const signIn = new URL('/signin', request.nextUrl);
  // A path, never an absolute URL: the host of this request is not ours to repeat.
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return withSecurityHeaders(request, NextResponse.redirect(signIn));
});

/** /ar/... and /en/...: the cached public pages, whose own script-hash CSP comes with them. */
const isLocalizedPath = (path: string) => LOCALES.some((l) => path === `/${l}` || path.startsWith(`/${l}/`));

/**
 * An old or shared link without a language (/articles/slug) goes to the page in the reader's
 * language: the one they chose with the switch (cookie), else their browser's, else Arabic.
 */
function toLocalizedPage(request: NextRequest): Response {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : (fromAcceptLanguage(request.headers.get('accept-language')) ?? DEFAULT_LOCALE);
  const target = request.nextUrl.clone();
  target.pathname = `/${locale}${request.nextUrl.pathname.replace(/\/$/, '')}`;
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Vary', 'Accept-Language, Cookie');
  return response;
}

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const path = request.nextUrl.pathname;
  // A path that is no valid percent-encoding ("/ar/articles/%E0%A4%A") names no page: a clear
  // 400, where Next would fail to decode its parameters and answer 500.
  try {
    decodeURIComponent(path);
  } catch {
    return new Response('Bad request: the address is not valid percent-encoding (UTF-8).', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  }
  // Next refuses a cross-origin server action itself, but with a 500 and a logged error; the
  // same check here answers 403 and keeps the log for faults of the server.
  if (request.method === 'POST' && request.headers.has('next-action')) {
    const verdict = sameOriginVerdict(request.headers, settings, request.nextUrl.protocol);
    if (!verdict.ok) {
      return Response.json({ error: { code: 'forbidden', message: `Cross-site request refused: ${verdict.reason}.` } }, { status: 403 });
    }
  }
  if (path.startsWith('/api/')) {
    const https = isHttps(request.headers, settings, request.nextUrl.protocol);
    const response = NextResponse.next({ request: { headers: trustedHeaders(request) } });
    if (https) response.headers.set('Strict-Transport-Security', HSTS);
    return response;
  }
  if (LOCALIZED_PUBLIC_PATH.test(path)) return toLocalizedPage(request);
  if (isLocalizedPath(path)) {
    // No nonce here: a second policy would be enforced beside the page's own and block it.
    const response = NextResponse.next();
    if (isHttps(request.headers, settings, request.nextUrl.protocol)) response.headers.set('Strict-Transport-Security', HSTS);
    return response;
  }
  if (isPrivatePath(path)) return (privatePage as unknown as (r: NextRequest, e: NextFetchEvent) => Promise<Response>)(request, event);
  return withSecurityHeaders(request);
}

export const config = {
  // Every page and API route; not the hashed static files, which carry no script of ours.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico|icon.svg).*)',
      // Prefetches of the router carry no HTML document: they need no nonce of their own.
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
