-- Proposed rollups (docs/scaling.md, "Rollups"): pre-aggregates of events and statements kept exact by
-- statement-level triggers with transition tables, so every writer (seed sync, ingest, deletions,
-- ON DELETE CASCADE from articles) updates them in its own transaction. Checked on a gen:scale
-- database by scripts/bench/check-rollups.ts (apply, mutate an article's records, compare with a
-- recomputation). Not a migration yet: the redesign decides where it lands.

CREATE TABLE event_month_code (
  month         date             NOT NULL,            -- date_trunc('month', events.date)
  cameo_code    varchar(4)       NOT NULL,
  cameo_root    varchar(2)       NOT NULL,            -- derived from the code: group_by=root|quad|type read one table
  quad_class    smallint         NOT NULL,
  n             integer          NOT NULL,
  goldstein_x10 bigint           NOT NULL,            -- sum of goldstein × 10: Goldstein scores have one decimal, so
  PRIMARY KEY (month, cameo_code)                       -- integer sums stay exact under + and − (a float sum drifts)
);

CREATE TABLE dyad_counts (
  source_actor_id text             NOT NULL,
  target_actor_id text             NOT NULL,
  n               integer          NOT NULL,
  goldstein_x10   bigint           NOT NULL,
  first_date      date             NOT NULL,
  last_date       date             NOT NULL,
  PRIMARY KEY (source_actor_id, target_actor_id)
);
CREATE INDEX dyad_counts_top ON dyad_counts (n DESC, source_actor_id, target_actor_id);

CREATE TABLE actor_activity (
  actor_id   text    PRIMARY KEY,
  as_source  integer NOT NULL DEFAULT 0,
  as_target  integer NOT NULL DEFAULT 0,
  statements integer NOT NULL DEFAULT 0,
  total      integer GENERATED ALWAYS AS (as_source + as_target + statements) STORED
);
CREATE INDEX actor_activity_top ON actor_activity (total DESC, actor_id);

CREATE FUNCTION rollup_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    -- subtract what left
    UPDATE event_month_code r SET n = r.n - d.n, goldstein_x10 = r.goldstein_x10 - d.g
    FROM (SELECT date_trunc('month', date)::date AS month, cameo_code, count(*)::int AS n, sum(round(goldstein * 10))::bigint AS g
          FROM old_rows GROUP BY 1, 2) d
    WHERE r.month = d.month AND r.cameo_code = d.cameo_code;
    DELETE FROM event_month_code WHERE n = 0;

    UPDATE dyad_counts r SET n = r.n - d.n, goldstein_x10 = r.goldstein_x10 - d.g
    FROM (SELECT source_actor_id, target_actor_id, count(*)::int AS n, sum(round(goldstein * 10))::bigint AS g
          FROM old_rows WHERE target_actor_id IS NOT NULL GROUP BY 1, 2) d
    WHERE r.source_actor_id = d.source_actor_id AND r.target_actor_id = d.target_actor_id;
    DELETE FROM dyad_counts WHERE n = 0;
    -- min/max cannot be subtracted: recompute them for the touched pairs (index (source, target, date))
    UPDATE dyad_counts r SET first_date = b.first_date, last_date = b.last_date
    FROM (SELECT DISTINCT source_actor_id, target_actor_id FROM old_rows WHERE target_actor_id IS NOT NULL) d,
      LATERAL (SELECT min(e.date) AS first_date, max(e.date) AS last_date FROM events e
               WHERE e.source_actor_id = d.source_actor_id AND e.target_actor_id = d.target_actor_id) b
    WHERE r.source_actor_id = d.source_actor_id AND r.target_actor_id = d.target_actor_id;

    UPDATE actor_activity r SET as_source = r.as_source - d.s, as_target = r.as_target - d.t
    FROM (SELECT actor_id, sum(s)::int AS s, sum(t)::int AS t FROM (
            SELECT source_actor_id AS actor_id, 1 AS s, 0 AS t FROM old_rows
            UNION ALL SELECT target_actor_id, 0, 1 FROM old_rows WHERE target_actor_id IS NOT NULL) x GROUP BY 1) d
    WHERE r.actor_id = d.actor_id;
    DELETE FROM actor_activity WHERE total = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    -- add what arrived
    INSERT INTO event_month_code AS r (month, cameo_code, cameo_root, quad_class, n, goldstein_x10)
    SELECT date_trunc('month', date)::date, cameo_code, min(cameo_root), min(quad_class), count(*), sum(round(goldstein * 10))
    FROM new_rows GROUP BY 1, 2
    ON CONFLICT (month, cameo_code) DO UPDATE SET n = r.n + EXCLUDED.n, goldstein_x10 = r.goldstein_x10 + EXCLUDED.goldstein_x10;

    INSERT INTO dyad_counts AS r (source_actor_id, target_actor_id, n, goldstein_x10, first_date, last_date)
    SELECT source_actor_id, target_actor_id, count(*), sum(round(goldstein * 10)), min(date), max(date)
    FROM new_rows WHERE target_actor_id IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (source_actor_id, target_actor_id) DO UPDATE SET n = r.n + EXCLUDED.n,
      goldstein_x10 = r.goldstein_x10 + EXCLUDED.goldstein_x10,
      first_date = least(r.first_date, EXCLUDED.first_date), last_date = greatest(r.last_date, EXCLUDED.last_date);

    INSERT INTO actor_activity AS r (actor_id, as_source, as_target)
    SELECT actor_id, sum(s), sum(t) FROM (
      SELECT source_actor_id AS actor_id, 1 AS s, 0 AS t FROM new_rows
      UNION ALL SELECT target_actor_id, 0, 1 FROM new_rows WHERE target_actor_id IS NOT NULL) x GROUP BY 1
    ON CONFLICT (actor_id) DO UPDATE SET as_source = r.as_source + EXCLUDED.as_source, as_target = r.as_target + EXCLUDED.as_target;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION rollup_statements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE actor_activity r SET statements = r.statements - d.n
    FROM (SELECT speaker_id, count(*)::int AS n FROM old_rows GROUP BY 1) d WHERE r.actor_id = d.speaker_id;
    DELETE FROM actor_activity WHERE total = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO actor_activity AS r (actor_id, statements)
    SELECT speaker_id, count(*) FROM new_rows GROUP BY 1
    ON CONFLICT (actor_id) DO UPDATE SET statements = r.statements + EXCLUDED.statements;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER events_rollup_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_events();
CREATE TRIGGER events_rollup_update AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_events();
CREATE TRIGGER events_rollup_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_events();
CREATE TRIGGER statements_rollup_insert AFTER INSERT ON statements REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_statements();
CREATE TRIGGER statements_rollup_update AFTER UPDATE ON statements REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_statements();
CREATE TRIGGER statements_rollup_delete AFTER DELETE ON statements REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION rollup_statements();

-- Initial fill (after a bulk load; the triggers keep them from then on).
INSERT INTO event_month_code SELECT date_trunc('month', date)::date, cameo_code, min(cameo_root), min(quad_class), count(*), sum(round(goldstein * 10))
  FROM events GROUP BY 1, 2;
INSERT INTO dyad_counts SELECT source_actor_id, target_actor_id, count(*), sum(round(goldstein * 10)), min(date), max(date)
  FROM events WHERE target_actor_id IS NOT NULL GROUP BY 1, 2;
INSERT INTO actor_activity (actor_id, as_source, as_target, statements)
  SELECT actor_id, sum(s), sum(t), sum(st) FROM (
    SELECT source_actor_id AS actor_id, 1 AS s, 0 AS t, 0 AS st FROM events
    UNION ALL SELECT target_actor_id, 0, 1, 0 FROM events WHERE target_actor_id IS NOT NULL
    UNION ALL SELECT speaker_id, 0, 0, 1 FROM statements) x GROUP BY 1;
