/**
 * Where a request says it came from and where it arrived, without Next: pure functions over
 * headers so the proxy (edge), route handlers and unit tests share one reading of them.
 */
export interface OriginSettings {
  /** ISNAD_PUBLIC_URL: the one public origin, when configured. */
  publicUrl: string | null;
  /** ISNAD_TRUST_PROXY: believe X-Forwarded-Host/Proto (only behind a proxy that sets them). */
  trustProxy: boolean;
}

type HeaderBag = Pick<Headers, 'get'>;

const first = (value: string | null) => value?.split(',')[0]?.trim() || null;
const isLocal = (host: string) => /^(localhost|127\.|\[::1\])/.test(host);

/**
 * The origin this request reached, as the client addressed it. Forwarded headers count only
 * when the proxy is trusted: otherwise one request could name any host. `protocol` is the
 * scheme the server itself was reached over (from the request URL), used when no trusted
 * proxy says otherwise.
 */
export function requestOrigin(headers: HeaderBag, settings: OriginSettings, protocol?: string): string {
  const forwardedHost = settings.trustProxy ? first(headers.get('x-forwarded-host')) : null;
  const forwardedProto = settings.trustProxy ? first(headers.get('x-forwarded-proto')) : null;
  const host = forwardedHost ?? headers.get('host') ?? 'localhost';
  const scheme =
    forwardedProto?.replace(/:$/, '') ?? protocol?.replace(/:$/, '') ?? (isLocal(host) ? 'http' : 'https');
  return `${scheme}://${host}`;
}

/**
 * The origin for absolute URLs written into pages (ClaimReview, canonical links). In
 * production it is the configured ISNAD_PUBLIC_URL whenever set, so no request's headers
 * can change what a cached page says about where the desk lives.
 */
export function publicOriginFrom(headers: HeaderBag, settings: OriginSettings, protocol?: string): string {
  return settings.publicUrl ?? requestOrigin(headers, settings, protocol);
}

/** True when the request was served over HTTPS (directly or through a trusted proxy). */
export function isHttps(headers: HeaderBag, settings: OriginSettings, protocol?: string): boolean {
  return publicOriginFrom(headers, settings, protocol).startsWith('https:');
}

/**
 * Whether a state-changing request comes from a page of this site. Browsers send `Origin`
 * on every cross-origin request and on same-origin POSTs; when it is absent we accept only
 * `Sec-Fetch-Site: same-origin`. A request with neither (curl, a script) is refused: such
 * callers will authenticate with a bearer token, which needs no CSRF defence.
 *
 * Hosts are compared, not schemes: behind a TLS-terminating proxy the server sees http while
 * the browser says https, and a scheme downgrade on the same host needs a network attacker.
 */
export function sameOriginVerdict(
  headers: HeaderBag,
  settings: OriginSettings,
  protocol?: string,
): { ok: true } | { ok: false; reason: string } {
  const origin = headers.get('origin');
  if (origin === null) {
    if (headers.get('sec-fetch-site') === 'same-origin') return { ok: true };
    return { ok: false, reason: 'send the Origin header of this site (browsers do this themselves)' };
  }
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('opaque');
    host = url.host;
  } catch {
    return { ok: false, reason: `the request comes from an opaque origin (${origin.slice(0, 60)})` };
  }
  const allowed = new Set([new URL(requestOrigin(headers, settings, protocol)).host]);
  if (settings.publicUrl) allowed.add(new URL(settings.publicUrl).host);
  return allowed.has(host) ? { ok: true } : { ok: false, reason: `the request comes from another site (${origin.slice(0, 100)})` };
}
