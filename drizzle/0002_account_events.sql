CREATE TABLE `account_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`actor_id` integer,
	`kind` text NOT NULL,
	`payload` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "account_events_kind_check" CHECK("account_events"."kind" IN ('account_created', 'role_changed', 'password_changed', 'account_disabled', 'account_enabled'))
);
--> statement-breakpoint
CREATE INDEX `account_events_user_idx` ON `account_events` (`user_id`,`id`);