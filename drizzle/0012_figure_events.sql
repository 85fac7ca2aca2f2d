CREATE TABLE `figure_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`figure_id` integer NOT NULL,
	`actor_id` integer,
	`kind` text NOT NULL,
	`payload` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`chain_seq` integer,
	`prev_hash` text,
	`hash` text,
	FOREIGN KEY (`figure_id`) REFERENCES `figures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "figure_events_kind_check" CHECK("figure_events"."kind" IN ('figure_created', 'figure_edited'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `figure_events_chain_seq_idx` ON `figure_events` (`chain_seq`);--> statement-breakpoint
CREATE INDEX `figure_events_figure_idx` ON `figure_events` (`figure_id`,`id`);