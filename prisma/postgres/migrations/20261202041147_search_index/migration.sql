-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" SERIAL NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT,
    "code" TEXT,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "titleWords" TEXT NOT NULL,
    "bodyWords" TEXT NOT NULL,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_sourceKey_key" ON "SearchDocument"("sourceKey");

-- CreateIndex
CREATE INDEX "SearchDocument_code_idx" ON "SearchDocument"("code");

-- CreateIndex
CREATE INDEX "SearchDocument_id_publishedAt_kind_category_code_idx" ON "SearchDocument"("id", "publishedAt", "kind", "category", "code");


-- The full-text index (not modelled by Prisma; docs/decisions/0016): a tsvector of the
-- segmented words ('simple' configuration: the words are already segmented and normalized),
-- title weighted above body, generated from the row so it changes in the same transaction.
ALTER TABLE "SearchDocument" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "titleWords"), 'A') || setweight(to_tsvector('simple', "bodyWords"), 'B')
) STORED;

CREATE INDEX "SearchDocument_searchVector_idx" ON "SearchDocument" USING GIN ("searchVector");

-- What ts_rank reads: the title and the lead of the body only. "searchVector" of a long
-- document is TOASTed, and reading it for each of a thousand matches costs hundreds of
-- milliseconds; this one stays small and in the row (npm run bench:search).
ALTER TABLE "SearchDocument" ADD COLUMN "rankVector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('simple', "titleWords"), 'A') || setweight(to_tsvector('simple', left("bodyWords", 500)), 'B')
) STORED;
