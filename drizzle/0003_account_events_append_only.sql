-- Account changes (who made whom an editor, who disabled whom) are audit records too.
CREATE TRIGGER `account_events_no_update` BEFORE UPDATE ON `account_events`
BEGIN
	SELECT RAISE(ABORT, 'account_events is append-only: UPDATE is not allowed');
END;
--> statement-breakpoint
CREATE TRIGGER `account_events_no_delete` BEFORE DELETE ON `account_events`
BEGIN
	SELECT RAISE(ABORT, 'account_events is append-only: DELETE is not allowed');
END;
