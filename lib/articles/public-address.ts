/**
 * Whether an IP address is on the public internet. The link importer fetches what an
 * editor pastes, so without this check a URL could make the server read its own admin
 * ports, the cloud metadata service (169.254.169.254) or the newsroom's intranet.
 * Refused: unspecified, loopback, private, shared (CGNAT), link-local, multicast,
 * documentation, benchmarking and reserved ranges, in IPv4 and IPv6, including IPv4
 * carried inside IPv6 (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96
 * and 6to4 2002::/16), which would otherwise smuggle 127.0.0.1 past an IPv6-only check.
 */
import { isIP } from 'node:net';

type Cidr = [bytes: number[], prefix: number];

function parseIPv4(ip: string): number[] | null {
  const parts = ip.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  return bytes.every((b) => b >= 0 && b <= 255) ? bytes : null;
}

/** The 16 bytes of an IPv6 address (zone id dropped), or null if it is not one. */
function parseIPv6(ip: string): number[] | null {
  let s = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIP(s) !== 6) return null;
  const dotted = s.match(/^(.*:)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) {
    const b = parseIPv4(dotted[2]);
    if (!b) return null;
    s = `${dotted[1]}${((b[0] << 8) | b[1]).toString(16)}:${((b[2] << 8) | b[3]).toString(16)}`;
  }
  const halves = s.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const fill = halves.length === 2 ? 8 - head.length - tail.length : 0;
  const words = [...head, ...Array<string>(fill).fill('0'), ...tail].map((w) => parseInt(w, 16));
  if (words.length !== 8 || words.some((w) => !(w >= 0 && w <= 0xffff))) return null;
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

function cidr(text: string): Cidr {
  const [ip, prefix] = text.split('/');
  const bytes = ip.includes(':') ? parseIPv6(ip) : parseIPv4(ip);
  if (!bytes) throw new Error(`Not an IP range: ${text}`);
  return [bytes, prefix === undefined ? bytes.length * 8 : Number(prefix)];
}

function inRange(bytes: number[], [net, prefix]: Cidr): boolean {
  if (bytes.length !== net.length) return false;
  for (let bit = 0; bit < prefix; bit += 8) {
    const take = Math.min(8, prefix - bit);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((bytes[bit / 8] & mask) !== (net[bit / 8] & mask)) return false;
  }
  return true;
}

const NOT_PUBLIC_V4 = [
  '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
  '192.0.0.0/24', '192.0.2.0/24', '192.88.99.0/24', '192.168.0.0/16', '198.18.0.0/15',
  '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4',
].map(cidr);

const NOT_PUBLIC_V6 = [
  '::/128', '::1/128', '100::/64', '2001:db8::/32', '2001::/32', 'fc00::/7', 'fe80::/10', 'fec0::/10', 'ff00::/8',
].map(cidr);

/** IPv6 ranges that carry an IPv4 address, and where its four bytes sit. */
const EMBEDS_V4: Array<[Cidr, number]> = [
  [cidr('::ffff:0:0/96'), 12],
  [cidr('::/96'), 12],
  [cidr('64:ff9b::/96'), 12],
  [cidr('2002::/16'), 2],
];

/** The address's bytes (4 or 16), or null if the string is not an IP address. */
export function ipBytes(ip: string): number[] | null {
  return parseIPv4(ip) ?? parseIPv6(ip);
}

export function isPublicAddress(ip: string): boolean {
  const bytes = ipBytes(ip);
  if (!bytes) return false;
  if (bytes.length === 4) return !NOT_PUBLIC_V4.some((r) => inRange(bytes, r));
  if (NOT_PUBLIC_V6.some((r) => inRange(bytes, r))) return false;
  for (const [range, at] of EMBEDS_V4) {
    if (inRange(bytes, range)) return isPublicAddress(bytes.slice(at, at + 4).join('.'));
  }
  return true;
}

/** An allow-list of addresses and CIDR ranges (for tests and intranet deployments). */
export function addressMatcher(allow: readonly string[]): (ip: string) => boolean {
  const ranges = allow.map(cidr);
  return (ip) => {
    const bytes = ipBytes(ip);
    return !!bytes && ranges.some((r) => inRange(bytes, r));
  };
}
