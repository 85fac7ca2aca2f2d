/**
 * The address a request came from, for rate limits and the sign-in backoff.
 *
 * Without a trusted proxy it is the TCP peer, which instrumentation.ts stamps on every request
 * (server-hooks.ts): `next start` only fills X-Forwarded-For when the client sent none, so
 * any hop of that header could be the client's own invention. Behind ISNAD_TRUST_PROXY, each
 * proxy appends the address it saw to X-Forwarded-For; with `trustedHops` proxies in front of
 * the desk, the client is the hop that many places from the right, and everything to its left
 * was written by the client and is ignored.
 */
export const SOCKET_ADDRESS_HEADER = 'x-isnad-socket-address';

export interface AddressSettings {
  trustProxy: boolean;
  /** ISNAD_TRUSTED_HOPS: how many proxies of ours stand in front of the desk (default 1). */
  trustedHops: number;
}

type HeaderBag = Pick<Headers, 'get'>;

export function clientAddress(headers: HeaderBag, settings: AddressSettings = defaults()): string {
  const socket = headers.get(SOCKET_ADDRESS_HEADER)?.trim() || null;
  if (!settings.trustProxy) return clip(socket ?? 'unknown');
  const hops = (headers.get('x-forwarded-for') ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  // Fewer hops than proxies: the chain is shorter than configured, so the leftmost is the
  // nearest thing to a client there is (it was written by one of our proxies).
  const address = hops.length === 0 ? socket : hops[Math.max(0, hops.length - settings.trustedHops)];
  return clip(address ?? 'unknown');
}

const clip = (address: string) => address.slice(0, 64);

/** Read here rather than from lib/config, so the proxy and auth.ts stay free of its imports. */
function defaults(): AddressSettings {
  const hops = Number(process.env.ISNAD_TRUSTED_HOPS);
  return {
    trustProxy: process.env.ISNAD_TRUST_PROXY === 'true',
    trustedHops: Number.isSafeInteger(hops) && hops >= 1 && hops <= 10 ? hops : 1,
  };
}
