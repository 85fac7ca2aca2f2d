import fs from 'node:fs';
import { databasePath, openDatabase } from '@/db/client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD_DEFAULT, seedArticle, seedDemoAccounts } from '@/db/seed/seed-demo';
import { parseArgs } from './lib/args';
import { isDemoDatabase, markAsDemoDatabase } from './lib/demo-marker';
import { buildIsStale, ensureAuthSecret, runNext } from './lib/server';

/**
 * `npm run demo`: build if needed, migrate, seed the article and one account per role,
 * then serve. Safe to run again: the article is found by its text, accounts are updated.
 *   --fresh     start from an empty database (the e2e suite uses this)
 *   --no-build  never build (the caller built already)
 *   --demo-accounts  create the demo accounts even on a database the demo did not create
 */
async function main() {
  const { options } = parseArgs(process.argv.slice(2));
  const file = databasePath();
  if (options.fresh) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });

  if (!options['no-build'] && buildIsStale()) {
    console.log('Building Isnad (first run or sources changed)...');
    const code = await runNext(['build']);
    if (code !== 0) process.exit(code);
  }

  const created = !fs.existsSync(file);
  const db = openDatabase(file);
  if (created) markAsDemoDatabase(db);
  const password = process.env.ISNAD_DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT;
  const seeded = seedArticle(db);
  // Published demo passwords only on a database the demo made, or when asked for by name.
  const accounts = isDemoDatabase(db) || options['demo-accounts'] === true;
  if (accounts) await seedDemoAccounts(db, password);
  db.$client.close();

  ensureAuthSecret(file);
  process.env.AUTH_TRUST_HOST ??= 'true';
  if (accounts) process.env.ISNAD_DEMO_PASSWORD = password;
  else delete process.env.ISNAD_DEMO_PASSWORD;
  const port = process.env.PORT || '3000';
  console.log(
    [
      `Database: ${file}`,
      `Seed article: /articles/${seeded.article.slug} (${seeded.created ? `imported, ${seeded.claims} claims` : 'already present'})`,
      accounts
        ? `Demo accounts (password "${password}"): ${DEMO_ACCOUNTS.map((a) => `${a.email} [${a.role}]`).join(', ')}`
        : 'Demo accounts NOT created: this database was not created by the demo (pass --demo-accounts to create them anyway).',
      `Open http://localhost:${port}`,
    ].join('\n'),
  );
  process.exit(await runNext(['start', '-p', port]));
}

void main();
