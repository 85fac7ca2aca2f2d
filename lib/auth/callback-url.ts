/**
 * Where to send a user after sign-in: a path on this site, or `/`. Accepts a path
 * (`/review/x?y#z`) or an absolute URL on one of `ownOrigins` (the proxy used to pass those),
 * of which only the path is kept. Everything else — `javascript:`, `data:`, `mailto:`,
 * protocol-relative `//evil`, `/\evil` (browsers read the backslash as a slash), another
 * host, control characters — becomes `/`, so a crafted link cannot take a reviewer elsewhere
 * or run script after they sign in.
 */
export function safeCallbackPath(value: unknown, ownOrigins: ReadonlyArray<string | null | undefined> = []): string {
  if (typeof value !== 'string' || !value || value.length > 2000) return '/';
  // Whitespace and controls are where browsers' and servers' URL parsers disagree.
  if (/[\u0000-\u0020\u007F-\u009F\\]/.test(value)) return '/';
  const base = 'http://isnad.invalid';
  let url: URL;
  try {
    url = value.startsWith('/') ? new URL(value, base) : new URL(value);
  } catch {
    return '/';
  }
  const origins = new Set(ownOrigins.filter((o): o is string => !!o).map((o) => new URL(o).origin));
  const local = value.startsWith('/') && !value.startsWith('//') && url.origin === base;
  const ours = (url.protocol === 'http:' || url.protocol === 'https:') && origins.has(url.origin);
  if (!local && !ours) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}
