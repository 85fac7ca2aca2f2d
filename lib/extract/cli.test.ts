import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const root = fileURLToPath(new URL('../../', import.meta.url));
const seed = 'db/seed/karabakh-talks.ar.txt';

function run(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: root },
  });
}

describe('scripts/extract.ts', () => {
  it('prints only {"claims":[...]} for a file, the same claims as the library', () => {
    const r = run(seed);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().startsWith('{"claims":[')).toBe(true);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['claims']);
    expect(out.claims).toEqual(extractClaims(readFileSync(`${root}${seed}`, 'utf8')));
    for (const c of out.claims) {
      expect(Object.keys(c)).toEqual(expect.arrayContaining(['counted', 'countedLabel', 'countedKind', 'claimantKind', 'claimantCanonical', 'confidence', 'rule']));
    }
  }, 20000);

  it('fails with one line on stderr for a missing file or no argument', () => {
    for (const r of [run('no/such/file.txt'), run()]) {
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 20000);
});
