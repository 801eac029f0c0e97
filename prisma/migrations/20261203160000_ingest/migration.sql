-- Ingest over HTTP (issue 9): where an article came from, which coder extracted its records, no duplicate URL or text, articles without a
-- file, and the jobs of bulk ingest and re-extraction with one row per unit of work.

-- CreateEnum
CREATE TYPE "ArticleSource" AS ENUM ('seed', 'api', 'batch');

-- CreateEnum
CREATE TYPE "JobKind" AS ENUM ('batch', 'reextract');

-- CreateEnum
CREATE TYPE "JobItemStatus" AS ENUM ('pending', 'created', 'duplicate', 'failed', 'done');

-- AlterTable
ALTER TABLE "articles" ADD COLUMN "coder_version" TEXT,
ADD COLUMN "source" "ArticleSource" NOT NULL DEFAULT 'seed',
ALTER COLUMN "file_name" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "articles_url_key" ON "articles"("url");

-- CreateIndex
CREATE UNIQUE INDEX "articles_content_hash_key" ON "articles"("content_hash");

-- CreateTable
CREATE TABLE "jobs" (
    "id" TEXT NOT NULL,
    "kind" "JobKind" NOT NULL,
    "key_name" TEXT,
    "total" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_items" (
    "job_id" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "payload" JSONB,
    "status" "JobItemStatus" NOT NULL DEFAULT 'pending',
    "article_id" TEXT,
    "error" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "job_items_pkey" PRIMARY KEY ("job_id","line")
);

-- CreateIndex
CREATE INDEX "jobs_created_at_idx" ON "jobs"("created_at");

-- AddForeignKey
ALTER TABLE "job_items" ADD CONSTRAINT "job_items_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
