import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A disposable PostgreSQL cluster for tests and the e2e run: initdb in a temporary directory,
 * trust authentication on 127.0.0.1 only, no fsync (its data is thrown away anyway).
 */
export interface Cluster {
  port: number;
  /** A URL of the cluster's `postgres` database; swap the path for another database. */
  url(database?: string): string;
  stop(): void;
}

const INSTALL_HINT =
  'PostgreSQL server binaries (initdb, pg_ctl) were not found. Install the `postgresql` package ' +
  '(Debian/Ubuntu: apt-get install postgresql; .ci/run does this), set PG_BIN to their directory, ' +
  'or run only the SQLite tests with ISNAD_TEST_ENGINES=sqlite.';

export function findPgBin(): string {
  const candidates = [process.env.PG_BIN, ...listVersions('/usr/lib/postgresql'), '/usr/local/pgsql/bin'].filter(Boolean) as string[];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'initdb')) && fs.existsSync(path.join(dir, 'pg_ctl')));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

function listVersions(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(root, v, 'bin'));
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** The first free port from ISNAD_PG_PORT (default 5501) upwards. */
async function freePort(): Promise<number> {
  const first = Number(process.env.ISNAD_PG_PORT) || 5501;
  for (let port = first; port < first + 200; port++) {
    // A stale socket file or another cluster's lock also means taken.
    if ((await portIsFree(port)) && !fs.existsSync(`/tmp/.s.PGSQL.${port}.lock`)) return port;
  }
  throw new Error(`No free port for a test PostgreSQL in ${first}-${first + 199}`);
}

export async function startCluster(): Promise<Cluster> {
  const bin = findPgBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-pg-'));
  // PostgreSQL refuses to run as root; a root test run (CI containers) uses the postgres user.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('chown', ['-R', 'postgres:', dir]);
  const run = (cmd: string, args: string[]) =>
    execFileSync(asRoot ? 'runuser' : path.join(bin, cmd), asRoot ? ['-u', 'postgres', '--', path.join(bin, cmd), ...args] : args, {
      stdio: 'pipe',
      cwd: dir,
    });
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--locale=C', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    "-c listen_addresses='127.0.0.1'",
    `-c unix_socket_directories='${dir}'`,
    '-c fsync=off',
    '-c synchronous_commit=off',
    '-c full_page_writes=off',
    '-c max_connections=300',
  ].join(' ');
  run('pg_ctl', ['start', '-D', data, '-w', '-l', path.join(dir, 'server.log'), '-o', options]);
  return {
    port,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    stop() {
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
