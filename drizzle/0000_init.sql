CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`outlet` text,
	`url` text,
	`language` text DEFAULT 'ar' NOT NULL,
	`published_date` text,
	`body` text NOT NULL,
	`body_hash` text NOT NULL,
	`imported_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`imported_by` integer,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_body_hash_unique` ON `articles` (`body_hash`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`mentions` text DEFAULT '[]' NOT NULL,
	`value` real,
	`qualifier` text,
	`counted` text NOT NULL,
	`category` text NOT NULL,
	`claimant` text,
	`status` text DEFAULT 'unreviewed' NOT NULL,
	`rationale` text,
	`origin` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claims_status_check" CHECK("claims"."status" IN ('unreviewed', 'in_review', 'verified', 'disputed', 'unverifiable', 'dismissed')),
	CONSTRAINT "claims_category_check" CHECK("claims"."category" IN ('casualties', 'violations', 'displacement', 'aid', 'other')),
	CONSTRAINT "claims_span_check" CHECK("claims"."start" >= 0 AND "claims"."end" > "claims"."start")
);
--> statement-breakpoint
CREATE INDEX `claims_article_idx` ON `claims` (`article_id`,`start`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`url` text NOT NULL,
	`title` text,
	`stance` text NOT NULL,
	`note` text,
	`added_by` integer NOT NULL,
	`added_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`removed_at` integer,
	`removed_by` integer,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`removed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "evidence_stance_check" CHECK("evidence"."stance" IN ('supports', 'contradicts', 'context'))
);
--> statement-breakpoint
CREATE INDEX `evidence_claim_idx` ON `evidence` (`claim_id`);--> statement-breakpoint
CREATE TABLE `review_events` (
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
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "review_events_kind_check" CHECK("review_events"."kind" IN ('article_imported', 'claim_created', 'claim_edited', 'status_changed', 'evidence_added', 'evidence_removed', 'comment', 'verdict_published', 'verdict_unpublished'))
);
--> statement-breakpoint
CREATE INDEX `review_events_claim_idx` ON `review_events` (`claim_id`,`id`);--> statement-breakpoint
CREATE INDEX `review_events_article_idx` ON `review_events` (`article_id`,`id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`locale` text,
	`disabled_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	CONSTRAINT "users_role_check" CHECK("users"."role" IN ('checker', 'editor', 'admin'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `verdict_publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`claim_id` integer NOT NULL,
	`action` text NOT NULL,
	`status` text,
	`rationale` text,
	`claim` text,
	`evidence` text,
	`claim_version` integer NOT NULL,
	`note` text,
	`published_by` integer NOT NULL,
	`published_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "verdict_publications_action_check" CHECK("verdict_publications"."action" IN ('publish', 'unpublish'))
);
--> statement-breakpoint
CREATE INDEX `verdict_publications_claim_idx` ON `verdict_publications` (`claim_id`,`id`);