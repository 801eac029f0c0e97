-- Rollups (docs/scaling.md, "Rollups"): pre-aggregates of events and statements that the stats
-- endpoints read when their filters allow. Kept exact by statement-level triggers with transition
-- tables: each statement of any writer (seed sync, ingest, re-extraction, deletions, ON DELETE
-- CASCADE from an article) aggregates the rows it changed once and adds (new rows) or subtracts
-- (old rows) them in the same transaction, so readers never see rollups and base tables disagree.
-- Goldstein scores have one decimal and are summed as integer tenths, exact under + and −.

-- CreateTable
CREATE TABLE "event_month_code" (
    "month" DATE NOT NULL,
    "cameo_code" VARCHAR(4) NOT NULL,
    "event_type" TEXT NOT NULL,
    "cameo_root" VARCHAR(2) NOT NULL,
    "quad_class" SMALLINT NOT NULL,
    "n" INTEGER NOT NULL,
    "goldstein_x10" BIGINT NOT NULL,

    CONSTRAINT "event_month_code_pkey" PRIMARY KEY ("month","cameo_code","event_type","cameo_root","quad_class")
);

-- CreateTable
CREATE TABLE "dyad_counts" (
    "source_actor_id" TEXT NOT NULL,
    "target_actor_id" TEXT NOT NULL,
    "n" INTEGER NOT NULL,
    "goldstein_x10" BIGINT NOT NULL,
    "first_date" DATE NOT NULL,
    "last_date" DATE NOT NULL,

    CONSTRAINT "dyad_counts_pkey" PRIMARY KEY ("source_actor_id","target_actor_id")
);

-- CreateTable
CREATE TABLE "actor_activity" (
    "actor_id" TEXT NOT NULL,
    "as_source" INTEGER NOT NULL DEFAULT 0,
    "as_target" INTEGER NOT NULL DEFAULT 0,
    "statements" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL GENERATED ALWAYS AS ("as_source" + "as_target" + "statements") STORED,

    CONSTRAINT "actor_activity_pkey" PRIMARY KEY ("actor_id")
);

-- CreateIndex
CREATE INDEX "dyad_counts_n_source_actor_id_target_actor_id_idx" ON "dyad_counts"("n" DESC, "source_actor_id", "target_actor_id");

-- CreateIndex
CREATE INDEX "actor_activity_total_actor_id_idx" ON "actor_activity"("total" DESC, "actor_id");

CREATE FUNCTION parley_rollup_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    -- subtract what left
    UPDATE event_month_code r SET n = r.n - d.n, goldstein_x10 = r.goldstein_x10 - d.g
    FROM (SELECT date_trunc('month', date)::date AS month, cameo_code, event_type, cameo_root, quad_class,
                 count(*)::int AS n, sum(round(goldstein * 10))::bigint AS g
          FROM old_rows GROUP BY 1, 2, 3, 4, 5) d
    WHERE (r.month, r.cameo_code, r.event_type, r.cameo_root, r.quad_class)
        = (d.month, d.cameo_code, d.event_type, d.cameo_root, d.quad_class);
    DELETE FROM event_month_code r
    USING (SELECT DISTINCT date_trunc('month', date)::date AS month, cameo_code, event_type, cameo_root, quad_class
           FROM old_rows) d
    WHERE (r.month, r.cameo_code, r.event_type, r.cameo_root, r.quad_class)
        = (d.month, d.cameo_code, d.event_type, d.cameo_root, d.quad_class) AND r.n = 0;

    UPDATE dyad_counts r SET n = r.n - d.n, goldstein_x10 = r.goldstein_x10 - d.g
    FROM (SELECT source_actor_id, target_actor_id, count(*)::int AS n, sum(round(goldstein * 10))::bigint AS g
          FROM old_rows WHERE target_actor_id IS NOT NULL GROUP BY 1, 2) d
    WHERE r.source_actor_id = d.source_actor_id AND r.target_actor_id = d.target_actor_id;
    DELETE FROM dyad_counts r
    USING (SELECT DISTINCT source_actor_id, target_actor_id FROM old_rows WHERE target_actor_id IS NOT NULL) d
    WHERE r.source_actor_id = d.source_actor_id AND r.target_actor_id = d.target_actor_id AND r.n = 0;
    -- min and max cannot be subtracted: recomputed for the pairs touched, from the (source, target, date) index
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
    DELETE FROM actor_activity r
    USING (SELECT source_actor_id AS actor_id FROM old_rows
           UNION SELECT target_actor_id FROM old_rows WHERE target_actor_id IS NOT NULL) d
    WHERE r.actor_id = d.actor_id AND r.total = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    -- add what arrived
    INSERT INTO event_month_code AS r (month, cameo_code, event_type, cameo_root, quad_class, n, goldstein_x10)
    SELECT date_trunc('month', date)::date, cameo_code, event_type, cameo_root, quad_class,
           count(*), sum(round(goldstein * 10))
    FROM new_rows GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (month, cameo_code, event_type, cameo_root, quad_class)
    DO UPDATE SET n = r.n + EXCLUDED.n, goldstein_x10 = r.goldstein_x10 + EXCLUDED.goldstein_x10;

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
    ON CONFLICT (actor_id) DO UPDATE SET as_source = r.as_source + EXCLUDED.as_source,
      as_target = r.as_target + EXCLUDED.as_target;
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION parley_rollup_statements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE actor_activity r SET statements = r.statements - d.n
    FROM (SELECT speaker_id, count(*)::int AS n FROM old_rows GROUP BY 1) d WHERE r.actor_id = d.speaker_id;
    DELETE FROM actor_activity r USING (SELECT DISTINCT speaker_id FROM old_rows) d
    WHERE r.actor_id = d.speaker_id AND r.total = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO actor_activity AS r (actor_id, statements)
    SELECT speaker_id, count(*) FROM new_rows GROUP BY 1
    ON CONFLICT (actor_id) DO UPDATE SET statements = r.statements + EXCLUDED.statements;
  END IF;
  RETURN NULL;
END $$;

-- TRUNCATE of events or statements empties the rollups they feed (TRUNCATE runs no row triggers)
CREATE FUNCTION parley_rollup_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'events' THEN
    DELETE FROM event_month_code;
    DELETE FROM dyad_counts;
    UPDATE actor_activity SET as_source = 0, as_target = 0;
  ELSE
    UPDATE actor_activity SET statements = 0;
  END IF;
  DELETE FROM actor_activity WHERE total = 0;
  RETURN NULL;
END $$;

CREATE TRIGGER events_rollup_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_events();
CREATE TRIGGER events_rollup_update AFTER UPDATE ON events REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_events();
CREATE TRIGGER events_rollup_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_events();
CREATE TRIGGER events_rollup_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_truncate();
CREATE TRIGGER statements_rollup_insert AFTER INSERT ON statements REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_statements();
CREATE TRIGGER statements_rollup_update AFTER UPDATE ON statements
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_statements();
CREATE TRIGGER statements_rollup_delete AFTER DELETE ON statements REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_statements();
CREATE TRIGGER statements_rollup_truncate AFTER TRUNCATE ON statements
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_truncate();

-- The initial fill, from the rows already there (the triggers keep them from now on).
INSERT INTO event_month_code (month, cameo_code, event_type, cameo_root, quad_class, n, goldstein_x10)
  SELECT date_trunc('month', date)::date, cameo_code, event_type, cameo_root, quad_class,
         count(*), sum(round(goldstein * 10))
  FROM events GROUP BY 1, 2, 3, 4, 5;
INSERT INTO dyad_counts (source_actor_id, target_actor_id, n, goldstein_x10, first_date, last_date)
  SELECT source_actor_id, target_actor_id, count(*), sum(round(goldstein * 10)), min(date), max(date)
  FROM events WHERE target_actor_id IS NOT NULL GROUP BY 1, 2;
INSERT INTO actor_activity (actor_id, as_source, as_target, statements)
  SELECT actor_id, sum(s), sum(t), sum(st) FROM (
    SELECT source_actor_id AS actor_id, 1 AS s, 0 AS t, 0 AS st FROM events
    UNION ALL SELECT target_actor_id, 0, 1, 0 FROM events WHERE target_actor_id IS NOT NULL
    UNION ALL SELECT speaker_id, 0, 0, 1 FROM statements) x GROUP BY 1;
