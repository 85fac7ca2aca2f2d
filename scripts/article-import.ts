import fs from 'node:fs';
import { databaseTarget, openDatabase } from '@/db/client';
import { importArticle } from '@/lib/articles/import-article';
import { DomainError } from '@/lib/errors';
import { fail, parseArgs } from './lib/args';

const USAGE =
  'usage: npm run article:import -- FILE --title T [--outlet O --url U --published YYYY-MM-DD --slug S]';
const { positional, options } = parseArgs(process.argv.slice(2));
const str = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
const [file] = positional;
if (!file) fail(USAGE);

let text: string;
try {
  text = fs.readFileSync(file, 'utf8');
} catch (error) {
  fail(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
}

async function main() {
  const db = await openDatabase(databaseTarget());
  try {
    const result = await importArticle(
      db,
      'cli',
      { text, title: str('title'), outlet: str('outlet'), url: str('url'), published: str('published'), slug: str('slug') },
      'cli',
    );
    // The slug alone on stdout, so scripts can capture it; the sentence goes to stderr.
    console.error(
      result.created
        ? `Imported "${result.article.slug}" with ${result.claims} claims to review.`
        : `Already imported as "${result.article.slug}"; nothing changed.`,
    );
    console.log(result.article.slug);
  } catch (error) {
    if (error instanceof DomainError) fail(`Not imported: ${error.message}\n${USAGE}`);
    throw error;
  } finally {
    await db.close();
  }
}

void main();
