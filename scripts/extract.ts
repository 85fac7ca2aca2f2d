/** Prints the numeric claims of one Arabic text file as {"claims":[...]} on stdout. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractClaims } from '../lib/extract';

function main(): number {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run --silent extract -- FILE\n');
    return 2;
  }
  // npm runs scripts from the package root; a relative path means the caller's directory.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  let text: string;
  try {
    // Offsets index the text exactly as read here, BOM included.
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    process.stderr.write(`extract: cannot read ${file} (${code})\n`);
    return 1;
  }
  process.stdout.write(`${JSON.stringify({ claims: extractClaims(text) })}\n`);
  return 0;
}

process.exitCode = main();
