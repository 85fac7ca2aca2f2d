import { spawn } from 'node:child_process';
import pg from 'pg';
import { startCluster } from '../db/pg/throwaway-cluster';

/**
 * Runs the Playwright suite against PostgreSQL: a throwaway cluster on a free port, the
 * server started by playwright.config.ts with DATABASE_URL pointing at it (demo --fresh
 * resets and seeds that database), and the cluster removed afterwards. Expects a production
 * build; `npm run test:e2e:pg` makes one. Extra arguments go to `playwright test`.
 */
async function main() {
  const cluster = await startCluster();
  let code = 1;
  try {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE isnad_e2e');
    await admin.end();
    console.log(`[e2e:pg] PostgreSQL on 127.0.0.1:${cluster.port}`);
    code = await new Promise<number>((resolve) => {
      const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
        stdio: 'inherit',
        env: { ...process.env, DATABASE_URL: cluster.url('isnad_e2e') },
      });
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
      child.on('exit', (status) => resolve(status ?? 1));
    });
  } finally {
    cluster.stop();
  }
  process.exit(code);
}

void main();
