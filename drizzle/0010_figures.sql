CREATE TABLE `figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title_ar` text,
	`title_en` text,
	`category` text NOT NULL,
	`counted` text NOT NULL,
	`counted_kind` text NOT NULL,
	`place` text,
	`period_from` text,
	`period_to` text,
	`retrieval_key` text NOT NULL,
	`created_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `figures_slug_unique` ON `figures` (`slug`);--> statement-breakpoint
CREATE INDEX `figures_retrieval_idx` ON `figures` (`retrieval_key`,`period_to`);--> statement-breakpoint
CREATE TABLE `suggestion_rejections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`figure_id` integer,
	`rejected_claim_id` integer,
	`rejected_by` integer,
	`rejected_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`figure_id`) REFERENCES `figures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rejected_claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`rejected_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `suggestion_rejections_claim_idx` ON `suggestion_rejections` (`claim_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_review_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`claim_id` integer,
	`actor_id` integer,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`note` text,
	`payload` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`chain_seq` integer,
	`prev_hash` text,
	`hash` text,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "review_events_kind_check" CHECK("__new_review_events"."kind" IN ('article_imported', 'claim_created', 'claim_edited', 'status_changed', 'evidence_added', 'evidence_removed', 'comment', 'verdict_published', 'verdict_unpublished', 'claim_assigned', 'explanation_changed', 'article_visibility_changed', 'article_deleted', 'figure_linked', 'figure_unlinked', 'suggestion_rejected', 'verdict_reused'))
);
--> statement-breakpoint
INSERT INTO `__new_review_events`("id", "article_id", "claim_id", "actor_id", "kind", "from_status", "to_status", "note", "payload", "created_at", "chain_seq", "prev_hash", "hash") SELECT "id", "article_id", "claim_id", "actor_id", "kind", "from_status", "to_status", "note", "payload", "created_at", "chain_seq", "prev_hash", "hash" FROM `review_events`;--> statement-breakpoint
DROP TABLE `review_events`;--> statement-breakpoint
ALTER TABLE `__new_review_events` RENAME TO `review_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
-- The rebuild above (new event kinds in the CHECK, every kind of 0007 kept, the chain columns
-- of 0008 copied) dropped the append-only triggers and indexes: they come back as 0009 left them.
CREATE TRIGGER `review_events_no_update` BEFORE UPDATE ON `review_events`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL
		OR NEW.`id` IS NOT OLD.`id`
		OR NEW.`article_id` IS NOT OLD.`article_id`
		OR NEW.`claim_id` IS NOT OLD.`claim_id`
		OR NEW.`actor_id` IS NOT OLD.`actor_id`
		OR NEW.`kind` IS NOT OLD.`kind`
		OR NEW.`from_status` IS NOT OLD.`from_status`
		OR NEW.`to_status` IS NOT OLD.`to_status`
		OR NEW.`note` IS NOT OLD.`note`
		OR NEW.`payload` IS NOT OLD.`payload`
		OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
	SELECT RAISE(ABORT, 'review_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `review_events_no_delete` BEFORE DELETE ON `review_events`
BEGIN
	SELECT RAISE(ABORT, 'review_events is append-only: DELETE is not allowed');
END;
--> statement-breakpoint
CREATE INDEX `review_events_claim_idx` ON `review_events` (`claim_id`,`id`);--> statement-breakpoint
CREATE INDEX `review_events_article_idx` ON `review_events` (`article_id`,`id`);--> statement-breakpoint
CREATE INDEX `review_events_actor_idx` ON `review_events` (`actor_id`,`id`);--> statement-breakpoint
CREATE INDEX `review_events_kind_idx` ON `review_events` (`kind`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `review_events_chain_seq_idx` ON `review_events` (`chain_seq`);--> statement-breakpoint
ALTER TABLE `claims` ADD `claimant_kind` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `claimant_canonical` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `counted_kind` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `confidence` real;--> statement-breakpoint
ALTER TABLE `claims` ADD `rule` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `figure_id` integer REFERENCES figures(id);--> statement-breakpoint
ALTER TABLE `claims` ADD `article_date` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `retrieval_key` text;--> statement-breakpoint
ALTER TABLE `claims` ADD `features` text;--> statement-breakpoint
CREATE INDEX `claims_retrieval_idx` ON `claims` (`retrieval_key`,`article_date`) WHERE "claims"."figure_id" IS NULL;--> statement-breakpoint
CREATE INDEX `claims_figure_idx` ON `claims` (`figure_id`,`article_date`) WHERE "claims"."figure_id" IS NOT NULL;