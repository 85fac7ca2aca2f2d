ALTER TABLE `articles` ADD `is_public` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `articles_public_idx` ON `articles` (`is_public`,`imported_at`,`id`);--> statement-breakpoint
-- Fill the flag for the articles already there, by its definition (db/queries/article-visibility.ts).
UPDATE `articles` SET `is_public` = (`deleted_at` IS NULL AND (`visibility` = 'public' OR EXISTS (
  SELECT 1 FROM claims c JOIN verdict_publications p ON p.claim_id = c.id WHERE c.article_id = `articles`.`id`)));
