-- A figure's history is an audit record like review_events (drizzle/0001, 0009): the only
-- UPDATE let through is the one that seals a row into the history chain (hash still NULL).
CREATE TRIGGER `figure_events_no_update` BEFORE UPDATE ON `figure_events`
WHEN OLD.`hash` IS NOT NULL OR NEW.`hash` IS NULL
		OR NEW.`id` IS NOT OLD.`id`
		OR NEW.`figure_id` IS NOT OLD.`figure_id`
		OR NEW.`actor_id` IS NOT OLD.`actor_id`
		OR NEW.`kind` IS NOT OLD.`kind`
		OR NEW.`payload` IS NOT OLD.`payload`
		OR NEW.`created_at` IS NOT OLD.`created_at`
BEGIN
	SELECT RAISE(ABORT, 'figure_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `figure_events_no_delete` BEFORE DELETE ON `figure_events`
BEGIN
	SELECT RAISE(ABORT, 'figure_events is append-only: DELETE is not allowed');
END;
--> statement-breakpoint
-- Figures named before this table existed get their creation record now, with the fields
-- they hold today; db/chain/chain-legacy.ts links these rows into the chain when the
-- database is next opened, as it did for the rows written before the chain.
INSERT INTO `figure_events` (`figure_id`, `actor_id`, `kind`, `payload`, `created_at`)
SELECT `id`, `created_by`, 'figure_created',
	json_object('slug', `slug`, 'titleAr', `title_ar`, 'titleEn', `title_en`, 'category', `category`,
		'counted', `counted`, 'place', `place`, 'from', `period_from`, 'to', `period_to`, 'recordedLater', json('true')),
	`created_at`
FROM `figures` ORDER BY `id`;
