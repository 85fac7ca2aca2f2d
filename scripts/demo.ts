import fs from 'node:fs';
import { databaseTarget, openDatabase } from '@/db/client';
import { describeTarget, engineOf } from '@/db/engine';
import { resetPgSchema } from '@/db/pg/open';
import { DEMO_ACCOUNTS, DEMO_PASSWORD_DEFAULT, seedArticle, seedDemoAccounts } from '@/db/seed/seed-demo';
import { parseArgs } from './lib/args';
import { isDemoDatabase, isNewDatabase, markAsDemoDatabase } from './lib/demo-marker';
import { buildIsStale, ensureAuthSecret, runNext } from './lib/server';

/**
 * `npm run demo`: build if needed, migrate, seed the article and one account per role,
 * then serve. Safe to run again: the article is found by its text, accounts are updated.
 *   --fresh     start from an empty database (the e2e suite uses this); on PostgreSQL it
 *               drops and recreates the schema of the DATABASE_URL database
 *   --no-build  never build (the caller built already)
 *   --demo-accounts  create the demo accounts even on a database the demo did not create
 */
async function main() {
  const { options } = parseArgs(process.argv.slice(2));
  const target = databaseTarget();
  if (options.fresh) {
    if (engineOf(target) === 'pg') await resetPgSchema(target);
    else for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  }

  if (!options['no-build'] && buildIsStale()) {
    console.log('Building Isnad (first run or sources changed)...');
    const code = await runNext(['build']);
    if (code !== 0) process.exit(code);
  }

  const created = await isNewDatabase(target);
  const db = await openDatabase(target);
  if (created) await markAsDemoDatabase(target);
  const password = process.env.ISNAD_DEMO_PASSWORD || DEMO_PASSWORD_DEFAULT;
  const seeded = await seedArticle(db);
  // Published demo passwords only on a database the demo made, or when asked for by name.
  const accounts = (await isDemoDatabase(target)) || options['demo-accounts'] === true;
  if (accounts) await seedDemoAccounts(db, password);
  await db.close();

  ensureAuthSecret(target);
  process.env.AUTH_TRUST_HOST ??= 'true';
  if (accounts) process.env.ISNAD_DEMO_PASSWORD = password;
  else delete process.env.ISNAD_DEMO_PASSWORD;
  const port = process.env.PORT || '3000';
  console.log(
    [
      `Database: ${describeTarget(target)}`,
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
