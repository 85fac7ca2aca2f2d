CREATE TABLE `desk_counts` (
	`key` text PRIMARY KEY NOT NULL,
	`n` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE `article_stats` ADD `by_category` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `content_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `claims` ADD `first_verdict_at` integer;--> statement-breakpoint
ALTER TABLE `claims` ADD `first_published_at` integer;--> statement-breakpoint
CREATE INDEX `claims_first_verdict_idx` ON `claims` (`first_verdict_at`);--> statement-breakpoint
CREATE INDEX `claims_first_published_idx` ON `claims` (`first_published_at`);--> statement-breakpoint
CREATE INDEX `review_events_kind_created_idx` ON `review_events` (`kind`,`created_at`,`actor_id`,`to_status`);--> statement-breakpoint
CREATE INDEX `verdict_publications_published_idx` ON `verdict_publications` (`published_at`,`action`,`published_by`);--> statement-breakpoint
-- Fill the new columns for the rows already there (issue 8: overview, changed since publication).
UPDATE claims SET content_version = version;--> statement-breakpoint
-- A claim only assigned since its current publication still says what was published.
UPDATE claims SET content_version = (
  SELECT p.claim_version FROM verdict_publications p
  WHERE p.id = (SELECT max(vp.id) FROM verdict_publications vp WHERE vp.claim_id = claims.id))
WHERE EXISTS (
  SELECT 1 FROM verdict_publications p
  WHERE p.id = (SELECT max(vp.id) FROM verdict_publications vp WHERE vp.claim_id = claims.id)
    AND p.action = 'publish'
    AND NOT EXISTS (SELECT 1 FROM review_events r WHERE r.claim_id = claims.id AND r.created_at > p.published_at
      AND r.kind IN ('claim_created', 'claim_edited', 'status_changed', 'explanation_changed', 'figure_linked', 'figure_unlinked', 'verdict_reused')));--> statement-breakpoint
-- One grouped pass over the events, not a subquery per claim: the planner would serve a
-- correlated one from the (kind, created_at) index and read every status change per claim.
UPDATE claims SET first_verdict_at = f.at
FROM (SELECT claim_id, min(created_at) AS at FROM review_events
      WHERE kind = 'status_changed' AND to_status IN ('verified', 'disputed', 'false', 'misleading', 'unverifiable')
      GROUP BY claim_id) AS f
WHERE f.claim_id = claims.id;--> statement-breakpoint
UPDATE claims SET first_verdict_at = updated_at
WHERE first_verdict_at IS NULL AND status IN ('verified', 'disputed', 'false', 'misleading', 'unverifiable');--> statement-breakpoint
UPDATE claims SET first_published_at = f.at
FROM (SELECT claim_id, min(published_at) AS at FROM verdict_publications WHERE action = 'publish' GROUP BY claim_id) AS f
WHERE f.claim_id = claims.id;--> statement-breakpoint
-- Same rule as lib/desk/queue-sql.ts, for the articles whose claims the fill above changed.
UPDATE article_stats SET changed = (
  SELECT count(*) FROM claims c
  JOIN verdict_publications p ON p.id = (SELECT max(vp.id) FROM verdict_publications vp WHERE vp.claim_id = c.id) AND p.action = 'publish'
  WHERE c.article_id = article_stats.article_id
    AND (c.content_version <> p.claim_version OR EXISTS (
      SELECT 1 FROM evidence e WHERE e.claim_id = c.id AND (e.added_at > p.published_at OR e.removed_at > p.published_at))))
WHERE article_id IN (SELECT article_id FROM claims WHERE content_version <> version);--> statement-breakpoint
UPDATE article_stats SET by_category = coalesce((
  SELECT json_group_object(category, n) FROM (
    SELECT category, count(*) AS n FROM claims WHERE claims.article_id = article_stats.article_id GROUP BY category)), '{}');--> statement-breakpoint
-- A deleted article counts nothing (db/queries/article-stats.ts keeps it so).
UPDATE article_stats SET by_status = '{}', by_verdict = '{}', by_category = '{}', published = 0, changed = 0
WHERE article_id IN (SELECT id FROM articles WHERE deleted_at IS NOT NULL);--> statement-breakpoint
INSERT INTO desk_counts (key, n)
SELECT 'status:' || c.status, count(*) FROM claims c
JOIN article_stats s ON s.article_id = c.article_id JOIN articles a ON a.id = c.article_id
WHERE a.deleted_at IS NULL GROUP BY c.status;--> statement-breakpoint
INSERT INTO desk_counts (key, n)
SELECT 'category:' || c.category, count(*) FROM claims c
JOIN article_stats s ON s.article_id = c.article_id JOIN articles a ON a.id = c.article_id
WHERE a.deleted_at IS NULL GROUP BY c.category;
