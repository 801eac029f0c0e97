-- The timeline's rollup by (month, CAMEO root, QuadClass) (issue 11): ~9k rows for 1M events where
-- event_month_code holds ~82k, so a whole-range timeline grouped by root or QuadClass (or not
-- grouped), filtered by root or QuadClass only, reads a few thousand rows. Kept exact like the other
-- rollups (migration 20261203160200_rollups): statement-level triggers with transition tables add
-- and subtract what each statement of any writer changed, in the same transaction.

-- CreateTable
CREATE TABLE "event_month_root" (
    "month" DATE NOT NULL,
    "cameo_root" VARCHAR(2) NOT NULL,
    "quad_class" SMALLINT NOT NULL,
    "n" INTEGER NOT NULL,
    "goldstein_x10" BIGINT NOT NULL,

    CONSTRAINT "event_month_root_pkey" PRIMARY KEY ("month","cameo_root","quad_class")
);

CREATE FUNCTION parley_rollup_events_month_root() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    DELETE FROM event_month_root;
    RETURN NULL;
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    UPDATE event_month_root r SET n = r.n - d.n, goldstein_x10 = r.goldstein_x10 - d.g
    FROM (SELECT date_trunc('month', date)::date AS month, cameo_root, quad_class,
                 count(*)::int AS n, sum(round(goldstein * 10))::bigint AS g
          FROM old_rows GROUP BY 1, 2, 3) d
    WHERE (r.month, r.cameo_root, r.quad_class) = (d.month, d.cameo_root, d.quad_class);
    DELETE FROM event_month_root r
    USING (SELECT DISTINCT date_trunc('month', date)::date AS month, cameo_root, quad_class FROM old_rows) d
    WHERE (r.month, r.cameo_root, r.quad_class) = (d.month, d.cameo_root, d.quad_class) AND r.n = 0;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO event_month_root AS r (month, cameo_root, quad_class, n, goldstein_x10)
    SELECT date_trunc('month', date)::date, cameo_root, quad_class, count(*), sum(round(goldstein * 10))
    FROM new_rows GROUP BY 1, 2, 3
    ON CONFLICT (month, cameo_root, quad_class)
    DO UPDATE SET n = r.n + EXCLUDED.n, goldstein_x10 = r.goldstein_x10 + EXCLUDED.goldstein_x10;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER events_month_root_insert AFTER INSERT ON events REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_events_month_root();
CREATE TRIGGER events_month_root_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_events_month_root();
CREATE TRIGGER events_month_root_delete AFTER DELETE ON events REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_events_month_root();
CREATE TRIGGER events_month_root_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION parley_rollup_events_month_root();

-- The initial fill, from event_month_code (exact: the same events, one level finer).
INSERT INTO event_month_root (month, cameo_root, quad_class, n, goldstein_x10)
  SELECT month, cameo_root, quad_class, sum(n), sum(goldstein_x10) FROM event_month_code GROUP BY 1, 2, 3;
