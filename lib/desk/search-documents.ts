/**
 * What the desk search indexes for an article and for a claim: each field's normalised
 * copy plus one stems column over all of them (see search-text.ts). The rows are written
 * in the transaction that changes the source (import, claim edit, review, evidence), so
 * the index never lags the desk. The SQL each engine needs is alongside.
 */
import { searchStems, searchText } from './search-text';

export interface ArticleSearchSource {
  title: string;
  outlet: string | null;
  body: string;
}

export interface ClaimSearchSource {
  quote: string;
  counted: string;
  claimant: string | null;
  /** Internal rationale and public explanation: the search is for the signed-in desk only. */
  rationale: string | null;
  explanation: string | null;
  evidenceTitles: readonly string[];
}

const norm = (s: string | null | undefined) => (s ? searchText(s) : '');
const stemsOf = (...parts: Array<string | null | undefined>) => searchStems(parts.filter(Boolean).join('\n'));

export function articleSearchDocument(a: ArticleSearchSource) {
  return { title: norm(a.title), outlet: norm(a.outlet), body: norm(a.body), stems: stemsOf(a.title, a.outlet, a.body) };
}

export function claimSearchDocument(c: ClaimSearchSource) {
  const evidence = c.evidenceTitles.join('\n');
  return {
    quote: norm(c.quote),
    counted: norm(c.counted),
    claimant: norm(c.claimant),
    notes: norm([c.rationale, c.explanation].filter(Boolean).join('\n')),
    evidence: norm(evidence),
    stems: stemsOf(c.quote, c.counted, c.claimant, c.rationale, c.explanation, evidence),
  };
}

/**
 * SQLite: contentful FTS5 tables keyed by the source row id (rowid), so MATCH returns ids to
 * join back and bm25() ranks them. Delete and re-insert a row to update it.
 */
export const SQLITE_SEARCH_DDL = `
CREATE VIRTUAL TABLE article_search USING fts5(title, outlet, body, stems, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE claim_search USING fts5(quote, counted, claimant, notes, evidence, stems, tokenize = 'unicode61 remove_diacritics 0');
`;

/**
 * PostgreSQL: one tsvector column per table, weighted so titles and quotes rank first, with
 * a GIN index; query with `search @@ to_tsquery('simple', $1)` and ts_rank for the order.
 */
export const POSTGRES_SEARCH_DDL = `
CREATE TABLE article_search (article_id integer PRIMARY KEY REFERENCES articles(id), search tsvector NOT NULL);
CREATE INDEX article_search_idx ON article_search USING gin (search);
CREATE TABLE claim_search (claim_id integer PRIMARY KEY REFERENCES claims(id), search tsvector NOT NULL);
CREATE INDEX claim_search_idx ON claim_search USING gin (search);
`;

/** The tsvector expression over a document's fields ($1... in the order of `fields`). */
export function postgresVector(fields: readonly string[], weights: Partial<Record<string, 'A' | 'B' | 'C' | 'D'>> = {}): string {
  return fields.map((f, i) => `setweight(to_tsvector('simple', $${i + 1}), '${weights[f] ?? 'D'}')`).join(' || ');
}
