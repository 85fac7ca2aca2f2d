/**
 * The address a link-import fetch may connect to: resolved once, every answer checked, and
 * then the only answer the connection's DNS lookup ever gives (no second resolution that a
 * rebinding DNS server could answer with 127.0.0.1).
 */
import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import { isIP } from 'node:net';
import { FetchArticleError } from './fetch-refusal';
import { addressMatcher, isPublicAddress } from './public-address';

export type ResolvedAddress = { address: string; family: number };

export interface AddressPolicy {
  /** Addresses or CIDR ranges fetched even though they are not public (tests, intranets). */
  allowAddresses?: readonly string[];
  /** DNS resolution, replaceable in tests; returns every address of the host. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
}

/** The addresses to connect to, each one checked; refuses the host if any one is not public. */
export async function checkedAddresses(url: URL, opts: AddressPolicy): Promise<ResolvedAddress[]> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const allowed = addressMatcher(opts.allowAddresses ?? []);
  let addresses: ResolvedAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await (opts.resolve ?? ((h) => dnsLookup(h, { all: true, verbatim: true })))(host);
    } catch {
      throw new FetchArticleError('dns', `the host ${host} could not be found; check the address`);
    }
    if (addresses.length === 0) throw new FetchArticleError('dns', `the host ${host} could not be found; check the address`);
  }
  // All, not any: a host that also resolves privately could be steered there on a retry.
  const bad = addresses.find((a) => !isPublicAddress(a.address) && !allowed(a.address));
  if (bad) {
    throw new FetchArticleError(
      'private_address',
      `${host} points to ${bad.address}, a private, local or reserved address; only pages on the public internet can be imported`,
    );
  }
  return addresses;
}

/** A DNS lookup that only ever answers with the addresses already checked. */
export function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return ((_hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    if (options?.all) callback(null, addresses);
    else callback(null, addresses[0].address, addresses[0].family);
  }) as unknown as LookupFunction;
}

