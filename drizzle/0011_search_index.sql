-- Desk search (issue 8): FTS5 tables over the normalised copies lib/desk/search-documents.ts
-- writes, keyed by the source row's id as rowid. Rows are written by db/search/ in the
-- transaction that changes the text; existing rows are indexed by the start-up backfill
-- (db/search/backfill.ts), since the normalisation is TypeScript, not SQL.
CREATE VIRTUAL TABLE `article_search` USING fts5(title, outlet, body, stems, tokenize = 'unicode61 remove_diacritics 0');--> statement-breakpoint
CREATE VIRTUAL TABLE `claim_search` USING fts5(quote, counted, claimant, notes, evidence, stems, tokenize = 'unicode61 remove_diacritics 0');
