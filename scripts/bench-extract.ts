/**
 * Throughput of the claim extractor on several MB of Arabic report text and several MB of
 * English report text, one core. Prints figures; it is not a pass/fail test. Target: over 1 MB/s.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGLISH_PARAGRAPHS } from '../lib/extract/fixtures/english-paragraphs';
import { NEWS_PARAGRAPHS } from '../lib/extract/fixtures/news-paragraphs';
import { extractClaims } from '../lib/extract';

const TARGET_BYTES = 5_000_000;
const RUNS = 5;

const seed = readFileSync(fileURLToPath(new URL('../db/seed/karabakh-talks.ar.txt', import.meta.url)), 'utf8');
const arabic = [seed, ...NEWS_PARAGRAPHS.map((p) => p.text)];

/** Copy k shifts every digit by k, so repeated reports carry different figures and do not all merge. */
function variant(text: string, k: number): string {
  return text.replace(/[0-9٠-٩]/g, (d) => {
    const ascii = d <= '9';
    const n = (d.charCodeAt(0) - (ascii ? 48 : 0x660) + k) % 10;
    return String.fromCharCode((ascii ? 48 : 0x660) + n);
  });
}

function buildInput(sources: string[]): string {
  const parts: string[] = [];
  let bytes = 0;
  for (let k = 0; bytes < TARGET_BYTES; k++) {
    for (const s of sources) {
      const text = variant(s, k);
      parts.push(text);
      bytes += Buffer.byteLength(text) + 2;
    }
  }
  return parts.join('\n\n');
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

function bench(name: string, input: string): void {
  const chars = input.length;
  const mb = Buffer.byteLength(input, 'utf8') / 1e6;
  extractClaims(input.slice(0, 1_000_000));
  extractClaims(input.slice(0, 1_000_000));
  const times: number[] = [];
  // CPU time of this process: on a shared machine other work does not count against it.
  const cpu: number[] = [];
  let claims = 0;
  let mentions = 0;
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const out = extractClaims(input);
    const c = process.cpuUsage(c0);
    times.push((performance.now() - t0) / 1000);
    cpu.push((c.user + c.system) / 1e6);
    claims = out.length;
    mentions = out.reduce((n, c) => n + c.mentions.length, 0);
  }
  times.sort((a, b) => a - b);
  const seconds = times[Math.floor(times.length / 2)];
  console.log(`${name}`);
  console.log(`  input:       ${fmt(chars)} characters, ${fmt(mb, 2)} MB (UTF-8)`);
  console.log(`  runs:        ${RUNS} after warm-up; median ${fmt(seconds, 3)} s (best ${fmt(times[0], 3)} s, worst ${fmt(times[times.length - 1], 3)} s)`);
  console.log(`  throughput:  ${fmt(chars / seconds)} characters/s, ${fmt(mb / seconds, 2)} MB/s`);
  cpu.sort((a, b) => a - b);
  const cpuSeconds = cpu[Math.floor(cpu.length / 2)];
  console.log(`  CPU time:    median ${fmt(cpuSeconds, 3)} s, ${fmt(mb / cpuSeconds, 2)} MB/s of CPU (the figure load on other cores does not move)`);
  console.log(`  claims:      ${fmt(mentions)} found (${fmt(claims)} distinct after merging restatements); ${fmt(mentions / seconds)} claims/s`);
}

bench('Arabic', buildInput(arabic));
bench('English', buildInput(ENGLISH_PARAGRAPHS));
