-- Full-text search over an event's summary and its mentions' evidence, answerable from one index
-- (docs/scaling.md). `event_search` holds one row per event: the lexemes of its summary and of every
-- mention's evidence, without positions. It is a lossy pre-filter: a query that matches the summary
-- or one mention (the exact predicate, still checked) has every positive lexeme in this union, so the
-- filter never drops a match (phrase operators become AND, negations are left out: `querytree`). Kept
-- exact by statement-level triggers on events and event_mentions in the writer's transaction.

-- CreateTable
CREATE TABLE "event_search" (
    "event_id" TEXT NOT NULL,
    "doc" tsvector NOT NULL,

    CONSTRAINT "event_search_pkey" PRIMARY KEY ("event_id")
);

-- CreateIndex
CREATE INDEX "event_search_doc_idx" ON "event_search" USING GIN ("doc");

-- The lexemes of the events `ids` (those that exist), written over what was there.
CREATE FUNCTION parley_refresh_event_search(ids text[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO event_search (event_id, doc)
  SELECT e.id, array_to_tsvector(ARRAY(
      SELECT unnest(tsvector_to_array(e.search))
      UNION SELECT unnest(tsvector_to_array(m.search)) FROM event_mentions m WHERE m.event_id = e.id))
  FROM events e WHERE e.id = ANY(ids)
  ON CONFLICT (event_id) DO UPDATE SET doc = EXCLUDED.doc WHERE event_search.doc IS DISTINCT FROM EXCLUDED.doc;
$$;

CREATE FUNCTION parley_event_search_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM event_search;
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    DELETE FROM event_search s WHERE s.event_id IN (SELECT id FROM old_rows);
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM parley_refresh_event_search(ARRAY(SELECT id FROM new_rows));
  ELSE
    -- ids that left, then the rows whose summary (or id) changed
    DELETE FROM event_search s WHERE s.event_id IN (SELECT id FROM old_rows EXCEPT SELECT id FROM new_rows);
    PERFORM parley_refresh_event_search(ARRAY(
      SELECT n.id FROM new_rows n
      WHERE NOT EXISTS (SELECT 1 FROM old_rows o WHERE o.id = n.id AND o.summary = n.summary)));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION parley_event_search_mentions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM parley_refresh_event_search(ARRAY(SELECT event_id FROM event_search));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM parley_refresh_event_search(ARRAY(SELECT DISTINCT event_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM parley_refresh_event_search(ARRAY(SELECT DISTINCT event_id FROM old_rows));
  ELSE
    PERFORM parley_refresh_event_search(ARRAY(
      SELECT event_id FROM old_rows UNION SELECT event_id FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER events_search_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_event_search_events();
CREATE TRIGGER events_search_update AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_event_search_events();
CREATE TRIGGER events_search_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_event_search_events();
CREATE TRIGGER events_search_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION parley_event_search_events();
CREATE TRIGGER event_mentions_search_insert AFTER INSERT ON event_mentions REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_event_search_mentions();
CREATE TRIGGER event_mentions_search_update AFTER UPDATE ON event_mentions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_event_search_mentions();
CREATE TRIGGER event_mentions_search_delete AFTER DELETE ON event_mentions REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_event_search_mentions();
CREATE TRIGGER event_mentions_search_truncate AFTER TRUNCATE ON event_mentions
  FOR EACH STATEMENT EXECUTE FUNCTION parley_event_search_mentions();

-- The initial fill, from the rows already there (the triggers keep it from now on).
SELECT parley_refresh_event_search(ARRAY(SELECT id FROM events));
ANALYZE event_search;
