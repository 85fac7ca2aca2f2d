DROP INDEX "claims_retrieval_idx";--> statement-breakpoint
DROP INDEX "claims_figure_idx";--> statement-breakpoint
CREATE INDEX "claims_retrieval_idx" ON "claims" USING btree ("retrieval_key","article_date","id","figure_id") WHERE "claims"."figure_id" IS NULL;--> statement-breakpoint
CREATE INDEX "claims_figure_idx" ON "claims" USING btree ("figure_id","article_date","id") WHERE "claims"."figure_id" IS NOT NULL;