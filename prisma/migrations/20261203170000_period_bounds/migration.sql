-- A dated record spans at most a year (day, month or year precision), which makes a `from` bound
-- indexable: date_end >= from implies date >= from - MAX_PERIOD_DAYS (src/repositories/dated.ts).
-- Checked here so the bound stays exact whatever the writer.
ALTER TABLE "events" ADD CONSTRAINT "events_period_at_most_a_year" CHECK ("date_end" - "date" <= 366);
ALTER TABLE "statements" ADD CONSTRAINT "statements_period_at_most_a_year" CHECK ("date_end" - "date" <= 366);
