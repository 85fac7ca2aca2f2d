CREATE TABLE "chain_head" (
	"id" integer PRIMARY KEY NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL,
	"hash" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chain_head_one_row" CHECK ("chain_head"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "account_events" ADD COLUMN "chain_seq" integer;--> statement-breakpoint
ALTER TABLE "account_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "account_events" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "review_events" ADD COLUMN "chain_seq" integer;--> statement-breakpoint
ALTER TABLE "review_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "review_events" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "verdict_publications" ADD COLUMN "chain_seq" integer;--> statement-breakpoint
ALTER TABLE "verdict_publications" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "verdict_publications" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "account_events_chain_seq_idx" ON "account_events" USING btree ("chain_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "review_events_chain_seq_idx" ON "review_events" USING btree ("chain_seq");--> statement-breakpoint
CREATE UNIQUE INDEX "verdict_publications_chain_seq_idx" ON "verdict_publications" USING btree ("chain_seq");