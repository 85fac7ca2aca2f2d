-- A figure's history is an audit record like review_events (drizzle/pg/0001, 0007): the
-- only UPDATE isnad_refuse_change lets through seals a row into the history chain.
CREATE TRIGGER figure_events_append_only BEFORE UPDATE OR DELETE ON figure_events
	FOR EACH ROW EXECUTE FUNCTION isnad_refuse_change();
--> statement-breakpoint
CREATE TRIGGER figure_events_no_truncate BEFORE TRUNCATE ON figure_events
	FOR EACH STATEMENT EXECUTE FUNCTION isnad_refuse_change();
--> statement-breakpoint
-- Figures named before this table existed get their creation record now, with the fields
-- they hold today; db/chain/chain-legacy.ts links these rows into the chain when the
-- database is next opened, as it did for the rows written before the chain.
INSERT INTO figure_events (figure_id, actor_id, kind, payload, created_at)
SELECT id, created_by, 'figure_created',
	jsonb_build_object('slug', slug, 'titleAr', title_ar, 'titleEn', title_en, 'category', category,
		'counted', counted, 'place', place, 'from', period_from, 'to', period_to, 'recordedLater', true),
	created_at
FROM figures ORDER BY id;
