/**
 * A claim restated later in the article is one claim: same value, same counted thing, and
 * claimants that can be the same source ("روسيا" and "وزارة الدفاع الروسية"; an unattributed
 * restatement fits any source).
 */
import { normalizeKey } from './normalize';
import type { ExtractedClaim } from './types';

const FILLER = new Set(['في', 'من', 'عن', 'ل', 'و', 'ال']);

const stemCache = new Map<string, Set<string>>();

/** Content-word stems: article, clitics and nisba endings off, so الروسية and روسيا meet. */
function stems(claimant: string): Set<string> {
  const cached = stemCache.get(claimant);
  if (cached) return cached;
  const out = new Set<string>();
  for (let w of normalizeKey(claimant).split(' ')) {
    if (FILLER.has(w)) continue;
    w = w.replace(/^(وال|بال|لل|ال|و)/, '');
    w = w.replace(/(يين|يون|يه|يا|ي|ه)$/, '');
    if (w.length >= 2) out.add(w);
  }
  if (stemCache.size > 10000) stemCache.clear();
  stemCache.set(claimant, out);
  return out;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

export function sameSource(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const sa = stems(a);
  const sb = stems(b);
  if (sa.size === 0 || sb.size === 0) return true;
  return subset(sa, sb) || subset(sb, sa);
}

export function mergeMentions(claims: ExtractedClaim[]): ExtractedClaim[] {
  const out: ExtractedClaim[] = [];
  const byKey = new Map<string, ExtractedClaim[]>();
  for (const c of claims) {
    const key = `${c.value}|${c.counted}`;
    const group = byKey.get(key) ?? [];
    const same = group.find((o) => sameSource(o.claimant, c.claimant));
    if (same) {
      same.mentions.push({ start: c.start, end: c.end });
      if (same.claimant === null) same.claimant = c.claimant;
      if (same.qualifier === null) same.qualifier = c.qualifier;
    } else {
      const claim = { ...c, mentions: [{ start: c.start, end: c.end }] };
      out.push(claim);
      group.push(claim);
      byKey.set(key, group);
    }
  }
  return out;
}
