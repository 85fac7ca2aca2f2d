-- The review history, the publication log and the account history are the newsroom's audit
-- trail: the database itself refuses to rewrite or erase them, whatever code (or person with
-- a SQL shell) tries. The same guard as the SQLite triggers in drizzle/0001 and 0003.
CREATE FUNCTION isnad_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
		USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER review_events_append_only BEFORE UPDATE OR DELETE ON review_events
	FOR EACH ROW EXECUTE FUNCTION isnad_refuse_change();
--> statement-breakpoint
CREATE TRIGGER verdict_publications_append_only BEFORE UPDATE OR DELETE ON verdict_publications
	FOR EACH ROW EXECUTE FUNCTION isnad_refuse_change();
--> statement-breakpoint
CREATE TRIGGER account_events_append_only BEFORE UPDATE OR DELETE ON account_events
	FOR EACH ROW EXECUTE FUNCTION isnad_refuse_change();
--> statement-breakpoint
-- TRUNCATE skips row triggers, so it gets a statement trigger of its own.
CREATE TRIGGER review_events_no_truncate BEFORE TRUNCATE ON review_events
	FOR EACH STATEMENT EXECUTE FUNCTION isnad_refuse_change();
--> statement-breakpoint
CREATE TRIGGER verdict_publications_no_truncate BEFORE TRUNCATE ON verdict_publications
	FOR EACH STATEMENT EXECUTE FUNCTION isnad_refuse_change();
--> statement-breakpoint
CREATE TRIGGER account_events_no_truncate BEFORE TRUNCATE ON account_events
	FOR EACH STATEMENT EXECUTE FUNCTION isnad_refuse_change();
