-- CreateTable
CREATE TABLE "SearchDocument" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceKey" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT,
    "code" TEXT,
    "publishedAt" DATETIME NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "titleWords" TEXT NOT NULL,
    "bodyWords" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "SearchDocument_sourceKey_key" ON "SearchDocument"("sourceKey");

-- CreateIndex
CREATE INDEX "SearchDocument_code_idx" ON "SearchDocument"("code");

-- CreateIndex
CREATE INDEX "SearchDocument_id_publishedAt_kind_category_code_idx" ON "SearchDocument"("id", "publishedAt", "kind", "category", "code");


-- The full-text index (not modelled by Prisma; docs/decisions/0016). An FTS5 table over the
-- segmented words with SearchDocument as its external content, kept in step by triggers, so
-- that every write to SearchDocument changes the index in the same transaction.
CREATE VIRTUAL TABLE "SearchFts" USING fts5(
    "titleWords", "bodyWords",
    content='SearchDocument', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER "SearchDocument_fts_insert" AFTER INSERT ON "SearchDocument" BEGIN
    INSERT INTO "SearchFts"(rowid, "titleWords", "bodyWords") VALUES (new."id", new."titleWords", new."bodyWords");
END;

CREATE TRIGGER "SearchDocument_fts_delete" AFTER DELETE ON "SearchDocument" BEGIN
    INSERT INTO "SearchFts"("SearchFts", rowid, "titleWords", "bodyWords") VALUES ('delete', old."id", old."titleWords", old."bodyWords");
END;

CREATE TRIGGER "SearchDocument_fts_update" AFTER UPDATE ON "SearchDocument" BEGIN
    INSERT INTO "SearchFts"("SearchFts", rowid, "titleWords", "bodyWords") VALUES ('delete', old."id", old."titleWords", old."bodyWords");
    INSERT INTO "SearchFts"(rowid, "titleWords", "bodyWords") VALUES (new."id", new."titleWords", new."bodyWords");
END;
