-- The history chain (db/chain): an existing desk's rows get their hashes once, after this
-- migration (db/chain/chain-legacy.ts), and every new row gets its hash in the transaction
-- that inserts it. So the append-only guard lets exactly one UPDATE through: setting the
-- chain columns of a row whose hash is still NULL, every other column unchanged.
CREATE OR REPLACE FUNCTION isnad_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'UPDATE' THEN
		IF OLD.hash IS NULL AND NEW.hash IS NOT NULL
			AND (to_jsonb(NEW) - 'chain_seq' - 'prev_hash' - 'hash') = (to_jsonb(OLD) - 'chain_seq' - 'prev_hash' - 'hash') THEN
			RETURN NEW;
		END IF;
	END IF;
	RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
		USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
INSERT INTO chain_head (id, seq, hash) VALUES (1, 0, NULL);
