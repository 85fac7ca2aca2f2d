CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`scope` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "api_tokens_scope_check" CHECK("api_tokens"."scope" IN ('read', 'write'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_token_hash_unique` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer NOT NULL,
	`blocked_until` integer
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_account_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`actor_id` integer,
	`kind` text NOT NULL,
	`payload` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "account_events_kind_check" CHECK("__new_account_events"."kind" IN ('account_created', 'role_changed', 'password_changed', 'account_disabled', 'account_enabled', 'sessions_revoked', 'token_created', 'token_revoked'))
);
--> statement-breakpoint
INSERT INTO `__new_account_events`("id", "user_id", "actor_id", "kind", "payload", "created_at") SELECT "id", "user_id", "actor_id", "kind", "payload", "created_at" FROM `account_events`;--> statement-breakpoint
DROP TABLE `account_events`;--> statement-breakpoint
ALTER TABLE `__new_account_events` RENAME TO `account_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `account_events_user_idx` ON `account_events` (`user_id`,`id`);
--> statement-breakpoint
-- Rebuilding account_events (its kind CHECK gained 'sessions_revoked', 'token_created', 'token_revoked') dropped its
-- append-only triggers: they are re-created here, as in 0003.
CREATE TRIGGER `account_events_no_update` BEFORE UPDATE ON `account_events`
BEGIN
	SELECT RAISE(ABORT, 'account_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `account_events_no_delete` BEFORE DELETE ON `account_events`
BEGIN
	SELECT RAISE(ABORT, 'account_events is append-only: DELETE is not allowed');
END;
