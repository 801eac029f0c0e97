-- The bump also notifies: NOTIFY parley_data_version with the new version, delivered to listeners at
-- COMMIT. The API listens when CACHE_CONSISTENCY=notify (src/caching/data-version.ts).
CREATE OR REPLACE FUNCTION parley_bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v bigint;
BEGIN
  UPDATE data_version SET version = version + 1, changed_at = clock_timestamp() WHERE id RETURNING version INTO v;
  DELETE FROM data_version_pending WHERE txid = NEW.txid;
  PERFORM pg_notify('parley_data_version', v::text);
  RETURN NULL;
END $$;
