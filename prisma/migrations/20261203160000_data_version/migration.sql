-- The data version: one row whose `version` grows by one each time a transaction that changed any
-- data table commits (a seed, an ingest, a re-extraction, a deletion), and never otherwise. Readers
-- derive ETags and in-process cache keys from it (src/caching). Kept by the database itself, so any
-- writer bumps it without knowing: a statement-level trigger on each data table notes, once per
-- transaction and only when the statement changed rows, that the transaction changed data (a row in
-- data_version_pending) and a deferred constraint trigger on that row bumps the version at COMMIT, so
-- the version row is locked only for the instant of the commit and concurrent writers do not
-- serialise on it for their whole transaction. The bump commits atomically with the data it stands
-- for: a reader that sees version v sees every change of the transactions that made v.

-- CreateTable
CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "data_version_one_row" CHECK ("id")
);

-- CreateTable
CREATE TABLE "data_version_pending" (
    "txid" BIGINT NOT NULL,

    CONSTRAINT "data_version_pending_pkey" PRIMARY KEY ("txid")
);

INSERT INTO "data_version" ("id", "version") VALUES (true, 1);

-- At COMMIT (deferred), once per transaction that changed data.
CREATE FUNCTION parley_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE data_version SET version = version + 1, changed_at = clock_timestamp() WHERE id;
  DELETE FROM data_version_pending WHERE txid = NEW.txid;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER data_version_bump AFTER INSERT ON data_version_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION parley_bump_data_version();

-- After each statement on a data table: note the transaction when the statement changed rows.
CREATE FUNCTION parley_note_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed boolean;
BEGIN
  IF TG_OP = 'INSERT' THEN
    changed := EXISTS (SELECT 1 FROM new_rows);
  ELSIF TG_OP = 'UPDATE' OR TG_OP = 'DELETE' THEN
    changed := EXISTS (SELECT 1 FROM old_rows);
  ELSE -- TRUNCATE
    changed := true;
  END IF;
  IF changed THEN
    INSERT INTO data_version_pending (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

-- Makes a table count as data: any change to it bumps the data version. Call it for a new data
-- table with SELECT parley_track_data_changes(the table name).
-- (No semicolons or quotes in these comments: Prisma splits the file into statements without reading them.)
CREATE FUNCTION parley_track_data_changes(tbl regclass) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  t text := tbl::text;
  n text := replace(tbl::text, '"', '');
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION parley_note_data_change()', n || '_data_version_insert', t);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION parley_note_data_change()', n || '_data_version_update', t);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows '
    'FOR EACH STATEMENT EXECUTE FUNCTION parley_note_data_change()', n || '_data_version_delete', t);
  EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %s '
    'FOR EACH STATEMENT EXECUTE FUNCTION parley_note_data_change()', n || '_data_version_truncate', t);
END $$;

SELECT parley_track_data_changes(t::regclass) FROM unnest(ARRAY[
  'articles', 'actors', 'actor_aliases', 'actor_roles', 'events', 'event_mentions', 'statements', 'deletions'
]) AS t;
