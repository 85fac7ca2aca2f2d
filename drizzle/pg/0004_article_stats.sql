CREATE TABLE "article_stats" (
	"article_id" integer PRIMARY KEY NOT NULL,
	"by_status" jsonb NOT NULL,
	"by_verdict" jsonb NOT NULL,
	"published" integer DEFAULT 0 NOT NULL,
	"changed" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_stats" ADD CONSTRAINT "article_stats_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_imported_idx" ON "articles" USING btree ("imported_at","id");