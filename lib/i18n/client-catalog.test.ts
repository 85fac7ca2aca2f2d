import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOGS } from './catalogs';
import { CLIENT_NAMESPACES, clientCatalog } from './client-catalog';
import { LOCALES } from './locales';

const root = fileURLToPath(new URL('../../', import.meta.url));
const NAMESPACES = Object.keys(CATALOGS.en);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', '.next', 'messages'].includes(entry.name) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** A local module an import specifier names, if any ('@/x' or './x'); server actions run on the server. */
function resolveImport(from: string, spec: string): string | null {
  if (spec.startsWith('@/app/_actions/')) return null;
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

/** Every module that runs in the browser: each 'use client' file and, transitively, what it imports (types aside). */
function clientModules(): string[] {
  const seen = new Set<string>();
  const queue = ['app', 'components', 'lib']
    .flatMap((d) => sourceFiles(path.join(root, d)))
    .filter((f) => /^\s*['"]use client['"]/.test(fs.readFileSync(f, 'utf8')));
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    // A server action's module runs on the server; the client holds only a reference to it.
    if (/^\s*['"]use server['"]/.test(text)) continue;
    for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
      const target = resolveImport(file, m[1]);
      if (target) queue.push(target);
    }
  }
  return [...seen];
}

/**
 * The namespaces a module's source reads: 'ns.key' and `ns.${...}` literals, messages.ns,
 * and counted messages (count/tCount read `counts`).
 */
function namespacesUsed(text: string): Set<string> {
  const used = new Set<string>();
  for (const ns of NAMESPACES) {
    if (new RegExp(`['"\`]${ns}\\.|\\bmessages\\.${ns}\\b|\\bmessages\\[['"]${ns}['"]\\]`).test(text)) used.add(ns);
  }
  if (/\b(count|tCount)\(\s*['"`]/.test(text)) used.add('counts');
  return used;
}

describe('client catalog', () => {
  const modules = clientModules();

  it('finds the client modules (the scan itself works)', () => {
    const names = modules.map((f) => path.relative(root, f));
    expect(names).toContain('components/review/history-list.tsx');
    expect(names).toContain('components/review/review-desk.tsx');
    // history-list reads messages.fields, `history.${kind}` and a counted message.
    const history = namespacesUsed(fs.readFileSync(path.join(root, 'components/review/history-list.tsx'), 'utf8'));
    expect([...history].sort()).toEqual(expect.arrayContaining(['counts', 'fields', 'history', 'status', 'verdict']));
  });

  it('ships every namespace a client module reads', () => {
    const missing = modules.flatMap((file) =>
      [...namespacesUsed(fs.readFileSync(file, 'utf8'))]
        .filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns))
        .map((ns) => `${path.relative(root, file)} reads ${ns}`),
    );
    expect(missing).toEqual([]);
  });

  it('ships no namespace that no client module reads', () => {
    const used = new Set(modules.flatMap((file) => [...namespacesUsed(fs.readFileSync(file, 'utf8'))]));
    expect(CLIENT_NAMESPACES.filter((ns) => !used.has(ns))).toEqual([]);
  });

  it('reads no message by a key built from a variable namespace', () => {
    // t(someVariable) with a whole key would escape the scan above.
    const dynamic = modules.filter((file) => /\b(t|rich)\(\s*[a-zA-Z_$][\w$.]*\s*[,)]/.test(fs.readFileSync(file, 'utf8')));
    expect(dynamic.map((f) => path.relative(root, f))).toEqual([]);
  });

  it.each(LOCALES)('holds the %s messages of those namespaces and leaves the others out', (locale) => {
    const catalog = clientCatalog(locale) as unknown as Record<string, unknown>;
    expect(Object.keys(catalog).sort()).toEqual([...CLIENT_NAMESPACES].sort());
    for (const ns of CLIENT_NAMESPACES) expect(catalog[ns]).toBe(CATALOGS[locale][ns]);
    expect(catalog).not.toHaveProperty('search');
  });
});
