/**
 * The address a request came from, for rate limits: the last hop of X-Forwarded-For, which
 * `next start` fills in from the socket, or the configured proxy appends. Without a proxy a
 * client may send its own header; deploy behind one (ISNAD_TRUST_PROXY) where that matters.
 */
export function clientAddress(headers: Headers): string {
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  return (hops.at(-1) ?? 'unknown').slice(0, 64);
}
