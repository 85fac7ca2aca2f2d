import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('./', import.meta.url));
const ALL_TESTS = ['lib/**/*.test.ts', 'db/**/*.test.ts', 'scripts/**/*.test.ts'];

/** Test files that open a database: they run once per engine; the rest run once. */
function databaseTests(dir = root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ['node_modules', '.next', '.git', 'e2e', 'app', 'components'].includes(entry.name) ? [] : databaseTests(full);
    if (!entry.name.endsWith('.test.ts')) return [];
    // TEST_ENGINE: a test that asks which engine it runs on (hot-queries-pg.test.ts, which
    // opens its database with createTestDatabase, was left out of the pg run without it).
    return /createTestDb|createTestDatabase|openDatabase|DATABASE_URL|TEST_ENGINE/.test(fs.readFileSync(full, 'utf8')) ? [path.relative(root, full)] : [];
  });
}

const shared = {
  test: {
    environment: 'node' as const,
    pool: 'forks' as const,
    // scrypt hashing and a database per test are slow on a busy shared machine; a hang still fails.
    testTimeout: 30_000,
  },
  resolve: {
    alias: {
      '@': root,
      // `server-only` throws outside a React Server Component bundle; unit tests run the
      // same modules in plain Node.
      'server-only': fileURLToPath(new URL('./lib/testing/empty-module.ts', import.meta.url)),
    },
  },
};

/**
 * The engines the unit tests run on: both unless ISNAD_TEST_ENGINES narrows it
 * (`ISNAD_TEST_ENGINES=sqlite npm run test:unit` for a quick run without PostgreSQL).
 */
const engines = (process.env.ISNAD_TEST_ENGINES ?? 'sqlite,pg').split(',').map((s) => s.trim());
if (!engines.includes('sqlite') && !engines.includes('pg')) {
  throw new Error(`ISNAD_TEST_ENGINES="${process.env.ISNAD_TEST_ENGINES}" names no engine (sqlite, pg)`);
}

export default defineConfig({
  resolve: shared.resolve,
  test: {
    ...shared.test,
    projects: [
      ...(engines.includes('sqlite')
        ? [{ ...shared, test: { ...shared.test, name: 'sqlite', include: ALL_TESTS, env: { DATABASE_URL: '', DATABASE_PATH: '' } } }]
        : []),
      ...(engines.includes('pg')
        ? [
            {
              ...shared,
              test: {
                ...shared.test,
                name: 'pg',
                // Only engine-independent tests are left out: they ran in the sqlite project.
                include: engines.includes('sqlite') ? databaseTests() : ALL_TESTS,
                globalSetup: ['./lib/testing/pg-global-setup.ts'],
                setupFiles: ['./lib/testing/pg-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
