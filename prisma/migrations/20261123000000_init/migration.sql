-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('person', 'state', 'organization');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month', 'year');

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('article', 'actor', 'event', 'statement');

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "published_date" DATE NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT NOT NULL,
    "raw_text" TEXT NOT NULL,
    "content_hash" TEXT NOT NULL,
    "ingested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actors" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "country" CHAR(3),
    "wikidata_id" TEXT,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_aliases" (
    "id" SERIAL NOT NULL,
    "actor_id" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,

    CONSTRAINT "actor_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "actor_roles" (
    "id" SERIAL NOT NULL,
    "actor_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "affiliation" TEXT,
    "country" CHAR(3),
    "valid_from" DATE,
    "valid_to" DATE,

    CONSTRAINT "actor_roles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "date_end" DATE NOT NULL,
    "date_precision" "DatePrecision" NOT NULL,
    "date_text" TEXT,
    "source_actor_id" TEXT NOT NULL,
    "target_actor_id" TEXT,
    "event_type" TEXT NOT NULL,
    "cameo_code" VARCHAR(4) NOT NULL,
    "cameo_root" VARCHAR(2) NOT NULL,
    "quad_class" SMALLINT NOT NULL,
    "goldstein" REAL NOT NULL,
    "summary" TEXT NOT NULL,
    "confidence" REAL NOT NULL,
    "coder_version" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "summary")) STORED,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_mentions" (
    "id" SERIAL NOT NULL,
    "event_id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "sentence_index" INTEGER NOT NULL,
    "char_start" INTEGER NOT NULL,
    "char_end" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "evidence")) STORED,

    CONSTRAINT "event_mentions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "statements" (
    "id" TEXT NOT NULL,
    "speaker_id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "direct" BOOLEAN NOT NULL,
    "date" DATE NOT NULL,
    "date_end" DATE NOT NULL,
    "date_precision" "DatePrecision" NOT NULL,
    "date_text" TEXT,
    "article_id" TEXT NOT NULL,
    "sentence_index" INTEGER NOT NULL,
    "char_start" INTEGER NOT NULL,
    "char_end" INTEGER NOT NULL,
    "evidence" TEXT NOT NULL,
    "coder_version" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED,

    CONSTRAINT "statements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "deletions" (
    "id" BIGSERIAL NOT NULL,
    "entity" "EntityType" NOT NULL,
    "entity_id" TEXT NOT NULL,
    "deleted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deletions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "articles_file_name_key" ON "articles"("file_name");

-- CreateIndex
CREATE INDEX "articles_published_date_id_idx" ON "articles"("published_date", "id");

-- CreateIndex
CREATE INDEX "articles_updated_at_idx" ON "articles"("updated_at");

-- CreateIndex
CREATE INDEX "actors_kind_idx" ON "actors"("kind");

-- CreateIndex
CREATE INDEX "actors_country_idx" ON "actors"("country");

-- CreateIndex
CREATE INDEX "actors_updated_at_idx" ON "actors"("updated_at");

-- CreateIndex
CREATE INDEX "actor_aliases_normalized_idx" ON "actor_aliases"("normalized");

-- CreateIndex
CREATE UNIQUE INDEX "actor_aliases_actor_id_normalized_key" ON "actor_aliases"("actor_id", "normalized");

-- CreateIndex
CREATE INDEX "actor_roles_actor_id_valid_from_idx" ON "actor_roles"("actor_id", "valid_from");

-- CreateIndex
CREATE UNIQUE INDEX "actor_roles_actor_id_title_valid_from_key" ON "actor_roles"("actor_id", "title", "valid_from");

-- CreateIndex
CREATE INDEX "events_date_id_idx" ON "events"("date", "id");

-- CreateIndex
CREATE INDEX "events_source_actor_id_date_idx" ON "events"("source_actor_id", "date");

-- CreateIndex
CREATE INDEX "events_target_actor_id_date_idx" ON "events"("target_actor_id", "date");

-- CreateIndex
CREATE INDEX "events_source_actor_id_target_actor_id_date_idx" ON "events"("source_actor_id", "target_actor_id", "date");

-- CreateIndex
CREATE INDEX "events_cameo_root_date_idx" ON "events"("cameo_root", "date");

-- CreateIndex
CREATE INDEX "events_quad_class_date_idx" ON "events"("quad_class", "date");

-- CreateIndex
CREATE INDEX "events_updated_at_idx" ON "events"("updated_at");

-- CreateIndex
CREATE INDEX "events_search_idx" ON "events" USING GIN ("search");

-- CreateIndex
CREATE INDEX "event_mentions_article_id_idx" ON "event_mentions"("article_id");

-- CreateIndex
CREATE INDEX "event_mentions_search_idx" ON "event_mentions" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "event_mentions_event_id_article_id_char_start_char_end_key" ON "event_mentions"("event_id", "article_id", "char_start", "char_end");

-- CreateIndex
CREATE INDEX "statements_speaker_id_date_id_idx" ON "statements"("speaker_id", "date", "id");

-- CreateIndex
CREATE INDEX "statements_date_id_idx" ON "statements"("date", "id");

-- CreateIndex
CREATE INDEX "statements_article_id_idx" ON "statements"("article_id");

-- CreateIndex
CREATE INDEX "statements_updated_at_idx" ON "statements"("updated_at");

-- CreateIndex
CREATE INDEX "statements_search_idx" ON "statements" USING GIN ("search");

-- CreateIndex
CREATE INDEX "deletions_deleted_at_idx" ON "deletions"("deleted_at");

-- AddForeignKey
ALTER TABLE "actor_aliases" ADD CONSTRAINT "actor_aliases_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "actor_roles" ADD CONSTRAINT "actor_roles_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actors"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_source_actor_id_fkey" FOREIGN KEY ("source_actor_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_target_actor_id_fkey" FOREIGN KEY ("target_actor_id") REFERENCES "actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_mentions" ADD CONSTRAINT "event_mentions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_mentions" ADD CONSTRAINT "event_mentions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "actors"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "statements" ADD CONSTRAINT "statements_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
