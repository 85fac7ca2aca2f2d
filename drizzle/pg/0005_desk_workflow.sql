ALTER TABLE "claims" DROP CONSTRAINT "claims_status_check";--> statement-breakpoint
ALTER TABLE "review_events" DROP CONSTRAINT "review_events_kind_check";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "visibility" text DEFAULT 'auto' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "deleted_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "explanation" text;--> statement-breakpoint
ALTER TABLE "claims" ADD COLUMN "assignee_id" integer;--> statement-breakpoint
ALTER TABLE "verdict_publications" ADD COLUMN "explanation" text;--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "claims_updated_idx" ON "claims" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "claims_status_updated_idx" ON "claims" USING btree ("status","updated_at","id");--> statement-breakpoint
CREATE INDEX "claims_assignee_updated_idx" ON "claims" USING btree ("assignee_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "claims_category_updated_idx" ON "claims" USING btree ("category","updated_at","id");--> statement-breakpoint
CREATE INDEX "claims_claimant_idx" ON "claims" USING btree ("claimant");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_visibility_check" CHECK ("articles"."visibility" IN ('auto', 'public'));--> statement-breakpoint
ALTER TABLE "claims" ADD CONSTRAINT "claims_status_check" CHECK ("claims"."status" IN ('unreviewed', 'in_review', 'verified', 'disputed', 'false', 'misleading', 'unverifiable', 'dismissed'));--> statement-breakpoint
ALTER TABLE "review_events" ADD CONSTRAINT "review_events_kind_check" CHECK ("review_events"."kind" IN ('article_imported', 'claim_created', 'claim_edited', 'status_changed', 'evidence_added', 'evidence_removed', 'comment', 'verdict_published', 'verdict_unpublished', 'claim_assigned', 'explanation_changed', 'article_visibility_changed', 'article_deleted'));