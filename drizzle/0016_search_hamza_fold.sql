-- The search normalisation now folds the hamza on ya before a waw to a waw (lib/desk/search-text.ts:
-- مسئول and مسؤول meet). Rows indexed under the old fold would no longer be found by a query
-- folded the new way, so the index is emptied; the backfill (db/search/backfill.ts) rebuilds it
-- in the background at the next start, or in the foreground in `npm run db:migrate`.
DELETE FROM `article_search`;--> statement-breakpoint
DELETE FROM `claim_search`;
