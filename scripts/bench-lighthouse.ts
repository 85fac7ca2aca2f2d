import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

type Scores = Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;

/**
 * Lighthouse's mobile preset (its default) run three times with the system Chromium; each
 * category's median score, 0-100. A desk page gets the session cookie as an extra header.
 */
export async function lighthouseMedian(url: string, cookie: string | null, runs = 3): Promise<Scores> {
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  const all: Scores[] = [];
  for (let i = 0; i < runs; i++) {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-lh-')), 'report.json');
    const args = [
      url,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ...(cookie ? [`--extra-headers=${JSON.stringify({ cookie })}`] : []),
    ];
    const result = spawnSync(path.join(process.cwd(), 'node_modules', '.bin', 'lighthouse'), args, { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' });
    if (!fs.existsSync(out)) throw new Error(`Lighthouse failed on ${url}: ${result.stderr.slice(-2000)}`);
    const report = JSON.parse(fs.readFileSync(out, 'utf8')) as { categories: Record<string, { score: number | null }>; runtimeError?: { message: string }; finalDisplayedUrl?: string };
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
    if (report.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${report.runtimeError.message}`);
    // A desk page without a valid session lands on the sign-in page, whose scores are not the desk's.
    if (report.finalDisplayedUrl && new URL(report.finalDisplayedUrl).pathname !== new URL(url).pathname) {
      throw new Error(`Lighthouse measured ${report.finalDisplayedUrl}, not ${url}.`);
    }
    all.push(Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)])) as Scores);
  }
  const median = (k: keyof Scores) => all.map((s) => s[k]).sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { performance: median('performance'), accessibility: median('accessibility'), 'best-practices': median('best-practices'), seo: median('seo') };
}
