-- The review history and the publication log are the newsroom's audit trail: the database
-- itself refuses to rewrite or erase them, whatever code (or person with a SQL shell) tries.
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
CREATE TRIGGER `verdict_publications_no_update` BEFORE UPDATE ON `verdict_publications`
BEGIN
	SELECT RAISE(ABORT, 'verdict_publications is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `verdict_publications_no_delete` BEFORE DELETE ON `verdict_publications`
BEGIN
	SELECT RAISE(ABORT, 'verdict_publications is append-only: DELETE is not allowed');
END;
