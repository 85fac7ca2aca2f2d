CREATE TABLE `article_stats` (
	`article_id` integer PRIMARY KEY NOT NULL,
	`by_status` text NOT NULL,
	`by_verdict` text NOT NULL,
	`published` integer DEFAULT 0 NOT NULL,
	`changed` integer DEFAULT 0 NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `articles_imported_idx` ON `articles` (`imported_at`,`id`);