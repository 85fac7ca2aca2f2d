CREATE INDEX "review_events_actor_idx" ON "review_events" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "review_events_kind_idx" ON "review_events" USING btree ("kind","id");