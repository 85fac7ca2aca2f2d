/**
 * Dictionary lookup through Arabic clitics: conjunctions and prepositions glued to the word
 * (و ف ب ل ك) and, where allowed, the definite article. Lookups are cached per surface form
 * because running text repeats the same words many times.
 */
import { normalizeKey } from './normalize';

export interface Hit<T> {
  value: T;
  /** The clitics stripped from the front of the word (normalised text). */
  prefix: string;
  definite: boolean;
}

const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك', 'فك'];
const ARTICLES = ['ال', 'وال', 'فال', 'بال', 'وبال', 'فبال', 'كال', 'وكال'];
/** ل + ال is written لل. */
const LAM_ARTICLES = ['لل', 'ولل', 'فلل'];

export interface LexiconOptions {
  /** Strip و ف ب ل ك from the front. */
  clitics?: boolean;
  /** Also strip the definite article (the hit says so). */
  definite?: boolean;
}

export class Lexicon<T> {
  private readonly entries = new Map<string, T>();
  private readonly cache = new Map<string, Hit<T> | null>();

  constructor(
    entries: Iterable<readonly [string, T]>,
    private readonly options: LexiconOptions = {},
  ) {
    for (const [k, v] of entries) {
      const key = normalizeKey(k);
      if (!this.entries.has(key)) this.entries.set(key, v);
    }
  }

  has(word: string): boolean {
    return this.find(word) !== null;
  }

  /** The exact entry, without stripping anything. */
  exact(word: string): T | undefined {
    return this.entries.get(word);
  }

  find(word: string): Hit<T> | null {
    const cached = this.cache.get(word);
    if (cached !== undefined) return cached;
    const hit = this.lookup(word);
    // The lexicons live as long as the process: keep the cache from growing with every text read.
    if (this.cache.size >= 100_000) this.cache.clear();
    this.cache.set(word, hit);
    return hit;
  }

  private lookup(word: string): Hit<T> | null {
    const direct = this.entries.get(word);
    if (direct !== undefined) return { value: direct, prefix: '', definite: false };
    if (this.options.definite) {
      for (const p of LAM_ARTICLES) {
        if (word.length > p.length + 1 && word.startsWith(p)) {
          const v = this.entries.get(word.slice(p.length));
          if (v !== undefined) return { value: v, prefix: p, definite: true };
        }
      }
      for (const p of ARTICLES) {
        if (word.length > p.length + 1 && word.startsWith(p)) {
          const v = this.entries.get(word.slice(p.length));
          if (v !== undefined) return { value: v, prefix: p, definite: true };
        }
      }
    }
    if (this.options.clitics) {
      for (const p of PROCLITICS) {
        if (word.length > p.length + 1 && word.startsWith(p)) {
          const v = this.entries.get(word.slice(p.length));
          if (v !== undefined) return { value: v, prefix: p, definite: false };
        }
      }
    }
    return null;
  }
}

/** A set of words looked up through the same clitics. */
export function wordSet(words: readonly string[], options: LexiconOptions = {}): Lexicon<true> {
  return new Lexicon(
    words.map((w) => [w, true] as const),
    options,
  );
}
