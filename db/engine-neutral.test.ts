import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
// Code that runs on either engine; db/sqlite and db/pg hold each engine's own code.
const SHARED = ['lib', 'db/queries', 'db/seed', 'app', 'scripts', 'auth.ts', 'instrumentation.ts'];
// better-sqlite3's synchronous finishers and raw handle: they type-check (the shared types
// are the SQLite ones) but do not exist on PostgreSQL, so only a test can catch them.
const SQLITE_ONLY = /\.(get|all|run|sync)\(\)|\$client\b/;

function sources(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return /\.tsx?$/.test(entry) ? [entry] : [];
  return fs.readdirSync(full).flatMap((name) => (name === 'extract' && entry === 'lib' ? [] : sources(path.join(entry, name))));
}

describe('shared code is engine-neutral', () => {
  it('never finishes a drizzle query with a SQLite-only call', () => {
    const offenders = SHARED.flatMap(sources)
      .filter((file) => !file.endsWith('.test.ts') && !file.endsWith('engine-neutral.test.ts'))
      .flatMap((file) =>
        fs
          .readFileSync(path.join(ROOT, file), 'utf8')
          .split('\n')
          .map((line, i) => ({ file, line: i + 1, text: line }))
          .filter(({ text }) => SQLITE_ONLY.test(text) && !/^\s*(\/\/|\*)/.test(text) && !/searchParams|headers|cookies|formData|\bmap\b/.test(text)),
      );
    expect(offenders.map((o) => `${o.file}:${o.line}: ${o.text.trim()}`)).toEqual([]);
  });
});
