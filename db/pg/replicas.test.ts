import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRaw, type Db } from '@/db/client';
import { figures } from '@/db/schema';
import { TEST_ENGINE } from '@/lib/testing/test-db';
import { findPgBin, startCluster, type Cluster } from './throwaway-cluster';

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error('no free port for the replica');
}

/** A streaming replica of `primary`: pg_basebackup -R into a new directory, started on its own port. */
async function startReplica(primary: Cluster) {
  const bin = findPgBin();
  const dir = fs.mkdtempSync(path.join('/tmp', 'isnad-replica-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:', dir]);
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(bin, cmd), asRoot ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args, { stdio: 'pipe', cwd: dir });
  const data = path.join(dir, 'data');
  run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', data, '-R', '-X', 'stream']);
  const port = await freePort(primary.port + 1);
  const options = `-p ${port} -c listen_addresses='127.0.0.1' -c unix_socket_directories='${dir}' -c hot_standby=on -c max_connections=300`;
  run('pg_ctl', ['start', '-D', data, '-w', '-l', path.join(dir, 'server.log'), '-o', options]);
  return {
    url: (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop: () => run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']),
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

const inRecovery = async (db: Db) => (await queryRaw<{ r: boolean }>(db, sql`SELECT pg_is_in_recovery() AS r`))[0].r;

describe.runIf(TEST_ENGINE === 'pg')('read replicas (DATABASE_REPLICA_URLS) with a real streaming replica', () => {
  let primary: Cluster;
  let replica: Awaited<ReturnType<typeof startReplica>>;
  let db: Db;

  beforeAll(async () => {
    primary = await startCluster();
    const setup = await openDatabase(primary.url());
    await setup.close();
    replica = await startReplica(primary);
    process.env.DATABASE_REPLICA_URLS = `${replica.url('postgres')}`;
    try {
      db = await openDatabase(primary.url());
    } finally {
      delete process.env.DATABASE_REPLICA_URLS;
    }
  }, 120_000);

  afterAll(async () => {
    await db?.close();
    try {
      replica?.stop();
    } catch {
      // stopped by the test already
    }
    replica?.remove();
    primary?.stop();
  });

  it('sends list reads to the replica, writes and reads in a transaction to the primary', async () => {
    expect(await inRecovery(db.reader)).toBe(true);
    expect(await inRecovery(db)).toBe(false);
    expect(await db.reader.transaction((tx) => inRecovery(tx as Db))).toBe(false);
    await db.transaction(async (tx) => {
      await tx.insert(figures).values({ slug: 'replicated', category: 'casualties', counted: 'killed', countedKind: 'killed', retrievalKey: 'killed' });
    });
    // The replica streams the write within moments; the reader sees it there.
    let seen: unknown[] = [];
    for (let i = 0; i < 50 && !seen.length; i++) {
      seen = await db.reader.select().from(figures);
      if (!seen.length) await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen).toHaveLength(1);
    const apps = await queryRaw<{ application_name: string }>(db.reader, sql`SELECT application_name FROM pg_stat_activity WHERE pid = pg_backend_pid()`);
    expect(apps[0].application_name).toBe('isnad-reader');
  }, 60_000);

  it('falls back to the primary when the replica is down', async () => {
    replica.stop();
    expect(await inRecovery(db.reader)).toBe(false);
    expect(await db.reader.select().from(figures)).toHaveLength(1);
  }, 60_000);
});
