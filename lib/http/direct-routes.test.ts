import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const TABLE = 'app/api/v1/direct-routes.ts';

/**
 * The cookie path of apiRoute (next-auth's session), which a direct request never takes: the
 * direct path serves only requests that carry `Authorization`, and apiRoute judges those by
 * their token alone.
 */
const COOKIE_ONLY = new Set(['lib/auth/session.ts']);

/** What needs Next's request context, which a handler served by lib/http/direct-api.ts has not. */
const NEEDS_NEXT = /^next(\/|$)|^@\/lib\/public-cache$|^@\/lib\/i18n\/server$/;

function resolveImport(spec: string, from: string): string | null {
  const base = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(path.join(ROOT, from)), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return path.relative(ROOT, candidate);
  }
  return null;
}

/** Every module a file reaches through its imports (ours only), with the imports that need Next. */
function reachable(entries: string[]) {
  const seen = new Set<string>();
  const offending: string[] = [];
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file) || COOKIE_ONLY.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (NEEDS_NEXT.test(spec)) offending.push(`${file} imports ${spec}`);
      const next = resolveImport(spec, file);
      if (next) queue.push(next);
    }
  }
  return { seen, offending };
}

describe('the routes served outside Next (app/api/v1/direct-routes.ts)', () => {
  it("reach nothing that needs Next's request context: no next/*, no public-cache expiry", () => {
    const table = fs.readFileSync(path.join(ROOT, TABLE), 'utf8');
    const modules = [...table.matchAll(/import\('(\.[^']+)'\)/g)].map((m) => resolveImport(m[1], TABLE)!);
    expect(modules.length).toBeGreaterThanOrEqual(7);
    expect(modules).not.toContain(null);
    const { seen, offending } = reachable(modules);
    // The walk does reach the use cases (else this test could not fail).
    expect(seen).toContain('lib/claims/edit-claim.ts');
    expect(offending).toEqual([]);
  });

  it('would notice a route that expires public pages', () => {
    const { offending } = reachable(['app/api/v1/claims/[id]/publish/route.ts']);
    expect(offending.some((o) => o.includes('public-cache'))).toBe(true);
  });
});
