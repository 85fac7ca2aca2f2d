-- The history chain (db/chain): an existing desk's rows get their hashes once, after this
-- migration (db/chain/chain-legacy.ts), and every new row gets its hash in the transaction
-- that inserts it. So the append-only guard lets exactly one UPDATE through: setting the
-- chain columns of a row whose hash is still NULL, every other column unchanged.
DROP TRIGGER `review_events_no_update`;
--> statement-breakpoint
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
DROP TRIGGER `verdict_publications_no_update`;
--> statement-breakpoint
CREATE TRIGGER `verdict_publications_no_update` BEFORE UPDATE ON `verdict_publications`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL
		OR NEW.`id` IS NOT OLD.`id`
		OR NEW.`claim_id` IS NOT OLD.`claim_id`
		OR NEW.`action` IS NOT OLD.`action`
		OR NEW.`status` IS NOT OLD.`status`
		OR NEW.`rationale` IS NOT OLD.`rationale`
		OR NEW.`explanation` IS NOT OLD.`explanation`
		OR NEW.`claim` IS NOT OLD.`claim`
		OR NEW.`evidence` IS NOT OLD.`evidence`
		OR NEW.`claim_version` IS NOT OLD.`claim_version`
		OR NEW.`note` IS NOT OLD.`note`
		OR NEW.`published_by` IS NOT OLD.`published_by`
		OR NEW.`published_at` IS NOT OLD.`published_at`
BEGIN
	SELECT RAISE(ABORT, 'verdict_publications is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
DROP TRIGGER `account_events_no_update`;
--> statement-breakpoint
CREATE TRIGGER `account_events_no_update` BEFORE UPDATE ON `account_events`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL
		OR NEW.`id` IS NOT OLD.`id`
		OR NEW.`user_id` IS NOT OLD.`user_id`
		OR NEW.`actor_id` IS NOT OLD.`actor_id`
		OR NEW.`kind` IS NOT OLD.`kind`
		OR NEW.`payload` IS NOT OLD.`payload`
		OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
	SELECT RAISE(ABORT, 'account_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
INSERT INTO `chain_head` (`id`, `seq`, `hash`) VALUES (1, 0, NULL);
--> statement-breakpoint
-- Earlier table rebuilds in this series (0007) dropped indexes that 0005 made on review_events.
CREATE INDEX IF NOT EXISTS `review_events_actor_idx` ON `review_events` (`actor_id`,`id`);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS `review_events_kind_idx` ON `review_events` (`kind`,`id`);
