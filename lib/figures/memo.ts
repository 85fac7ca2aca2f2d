/**
 * A bounded memo for pure string functions: the same titles and words come back with every
 * request, and a long-running server should not grow without limit.
 */
export function memoize<T>(fn: (s: string) => T, max = 20_000): (s: string) => T {
  let cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const v = fn(s);
    if (cache.size >= max) cache = new Map();
    cache.set(s, v);
    return v;
  };
}
