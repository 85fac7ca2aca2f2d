-- New columns take their defaults: the copies below list only the columns the old tables had
-- (drizzle-kit listed the new ones too, which SQLite refuses). db/sqlite/open.ts turns foreign
-- keys off around migrations, since the PRAGMAs below are ignored inside the migrator's transaction.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_claims` (
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
	`explanation` text,
	`assignee_id` integer,
	`origin` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "claims_status_check" CHECK("__new_claims"."status" IN ('unreviewed', 'in_review', 'verified', 'disputed', 'false', 'misleading', 'unverifiable', 'dismissed')),
	CONSTRAINT "claims_category_check" CHECK("__new_claims"."category" IN ('casualties', 'violations', 'displacement', 'aid', 'other')),
	CONSTRAINT "claims_span_check" CHECK("__new_claims"."start" >= 0 AND "__new_claims"."end" > "__new_claims"."start")
);
--> statement-breakpoint
INSERT INTO `__new_claims`("id", "article_id", "quote", "start", "end", "mentions", "value", "qualifier", "counted", "category", "claimant", "status", "rationale", "origin", "version", "created_at", "updated_at") SELECT "id", "article_id", "quote", "start", "end", "mentions", "value", "qualifier", "counted", "category", "claimant", "status", "rationale", "origin", "version", "created_at", "updated_at" FROM `claims`;--> statement-breakpoint
DROP TABLE `claims`;--> statement-breakpoint
ALTER TABLE `__new_claims` RENAME TO `claims`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `claims_article_idx` ON `claims` (`article_id`,`start`);--> statement-breakpoint
CREATE INDEX `claims_updated_idx` ON `claims` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_status_updated_idx` ON `claims` (`status`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_assignee_updated_idx` ON `claims` (`assignee_id`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_category_updated_idx` ON `claims` (`category`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `claims_claimant_idx` ON `claims` (`claimant`);--> statement-breakpoint
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
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "review_events_kind_check" CHECK("__new_review_events"."kind" IN ('article_imported', 'claim_created', 'claim_edited', 'status_changed', 'evidence_added', 'evidence_removed', 'comment', 'verdict_published', 'verdict_unpublished', 'claim_assigned', 'explanation_changed', 'article_visibility_changed', 'article_deleted'))
);
--> statement-breakpoint
INSERT INTO `__new_review_events`("id", "article_id", "claim_id", "actor_id", "kind", "from_status", "to_status", "note", "payload", "created_at") SELECT "id", "article_id", "claim_id", "actor_id", "kind", "from_status", "to_status", "note", "payload", "created_at" FROM `review_events`;--> statement-breakpoint
DROP TABLE `review_events`;--> statement-breakpoint
ALTER TABLE `__new_review_events` RENAME TO `review_events`;--> statement-breakpoint
CREATE INDEX `review_events_claim_idx` ON `review_events` (`claim_id`,`id`);--> statement-breakpoint
CREATE INDEX `review_events_article_idx` ON `review_events` (`article_id`,`id`);--> statement-breakpoint
CREATE TABLE `__new_articles` (
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
	`visibility` text DEFAULT 'auto' NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "articles_visibility_check" CHECK("__new_articles"."visibility" IN ('auto', 'public'))
);
--> statement-breakpoint
INSERT INTO `__new_articles`("id", "slug", "title", "outlet", "url", "language", "published_date", "body", "body_hash", "imported_at", "imported_by") SELECT "id", "slug", "title", "outlet", "url", "language", "published_date", "body", "body_hash", "imported_at", "imported_by" FROM `articles`;--> statement-breakpoint
DROP TABLE `articles`;--> statement-breakpoint
ALTER TABLE `__new_articles` RENAME TO `articles`;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_body_hash_unique` ON `articles` (`body_hash`);--> statement-breakpoint
ALTER TABLE `verdict_publications` ADD `explanation` text;--> statement-breakpoint
-- Rebuilding review_events (its kind CHECK widened) dropped its append-only triggers with the
-- old table: they come back in this same migration, as drizzle/0001 first made them.
CREATE TRIGGER `review_events_no_update` BEFORE UPDATE ON `review_events`
BEGIN
	SELECT RAISE(ABORT, 'review_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `review_events_no_delete` BEFORE DELETE ON `review_events`
BEGIN
	SELECT RAISE(ABORT, 'review_events is append-only: DELETE is not allowed');
END;
--> statement-breakpoint
-- The articles rebuild above dropped the list index that 0006 made: it comes back here.
CREATE INDEX `articles_imported_idx` ON `articles` (`imported_at`,`id`);
