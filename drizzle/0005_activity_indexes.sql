CREATE INDEX `review_events_actor_idx` ON `review_events` (`actor_id`,`id`);--> statement-breakpoint
CREATE INDEX `review_events_kind_idx` ON `review_events` (`kind`,`id`);