-- Indexes for the read paths of docs/scaling.md: every list walks an index in its keyset order
-- (…, date, id) and stops after a page, the change feed reads each table in (updated_at, id) order
-- with a limit per branch. The (…, date) indexes they replace are dropped.

-- events of an actor: one index per side, merged (10% of events have no target)
DROP INDEX "events_source_actor_id_date_idx";
CREATE INDEX "events_source_actor_id_date_id_idx" ON "events"("source_actor_id", "date", "id");
DROP INDEX "events_target_actor_id_date_idx";
CREATE INDEX "events_target_actor_id_date_id_idx" ON "events"("target_actor_id", "date", "id")
  WHERE "target_actor_id" IS NOT NULL;

-- a dyad s events in keyset order, also the first/last dates of a pair after a deletion (rollups)
DROP INDEX "events_source_actor_id_target_actor_id_date_idx";
CREATE INDEX "events_source_actor_id_target_actor_id_date_id_idx" ON "events"("source_actor_id", "target_actor_id", "date", "id");

-- root and quad class in keyset order
DROP INDEX "events_cameo_root_date_idx";
CREATE INDEX "events_cameo_root_date_id_idx" ON "events"("cameo_root", "date", "id");
DROP INDEX "events_quad_class_date_idx";
CREATE INDEX "events_quad_class_date_id_idx" ON "events"("quad_class", "date", "id");

-- the change feed: each table in the feed s order (ids compared byte-wise, as the feed sorts them)
DROP INDEX "articles_updated_at_idx";
CREATE INDEX "articles_updated_at_id_idx" ON "articles"("updated_at", "id" COLLATE "C");
DROP INDEX "actors_updated_at_idx";
CREATE INDEX "actors_updated_at_id_idx" ON "actors"("updated_at", "id" COLLATE "C");
DROP INDEX "events_updated_at_idx";
CREATE INDEX "events_updated_at_id_idx" ON "events"("updated_at", "id" COLLATE "C");
DROP INDEX "statements_updated_at_idx";
CREATE INDEX "statements_updated_at_id_idx" ON "statements"("updated_at", "id" COLLATE "C");
DROP INDEX "deletions_deleted_at_idx";
CREATE INDEX "deletions_deleted_at_entity_id_idx" ON "deletions"("deleted_at", "entity_id" COLLATE "C");
