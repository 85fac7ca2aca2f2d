-- Desk search (issue 8): one weighted tsvector per article and per claim over the normalised
-- copies lib/desk/search-documents.ts writes, with a GIN index. Rows are written by db/search/
-- in the transaction that changes the text; existing rows are indexed by the start-up
-- backfill (db/search/backfill.ts), since the normalisation is TypeScript, not SQL.
CREATE TABLE "article_search" ("article_id" integer PRIMARY KEY REFERENCES "articles"("id"), "search" tsvector NOT NULL);--> statement-breakpoint
CREATE INDEX "article_search_idx" ON "article_search" USING gin ("search");--> statement-breakpoint
CREATE TABLE "claim_search" ("claim_id" integer PRIMARY KEY REFERENCES "claims"("id"), "search" tsvector NOT NULL);--> statement-breakpoint
CREATE INDEX "claim_search_idx" ON "claim_search" USING gin ("search");
