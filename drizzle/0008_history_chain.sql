CREATE TABLE `chain_head` (
	`id` integer PRIMARY KEY NOT NULL,
	`seq` integer DEFAULT 0 NOT NULL,
	`hash` text,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "chain_head_one_row" CHECK("chain_head"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE `account_events` ADD `chain_seq` integer;--> statement-breakpoint
ALTER TABLE `account_events` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `account_events` ADD `hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `account_events_chain_seq_idx` ON `account_events` (`chain_seq`);--> statement-breakpoint
ALTER TABLE `review_events` ADD `chain_seq` integer;--> statement-breakpoint
ALTER TABLE `review_events` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `review_events` ADD `hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `review_events_chain_seq_idx` ON `review_events` (`chain_seq`);--> statement-breakpoint
ALTER TABLE `verdict_publications` ADD `chain_seq` integer;--> statement-breakpoint
ALTER TABLE `verdict_publications` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `verdict_publications` ADD `hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `verdict_publications_chain_seq_idx` ON `verdict_publications` (`chain_seq`);