-- PostgreSQL only (docs/decisions/0016): the site search's matching and ranking read a narrow
-- table, "SearchMatch", instead of the wide "SearchDocument" rows. A trigger keeps it in the
-- same transaction as the document.
--
-- The search needs the newest matches of the words (the rank window) and their rank. On the
-- wide table, finding them tested the TOASTed vector of each row (40-130 ms for a common word
-- at 100,000 documents). Here one GIN index holds the id, the type and the category
-- (btree_gin) beside the words, so "the matches of this type among the newest N ids" is
-- answered inside the index, without reading any vector, in about a millisecond for any
-- word (lib/search/engines/postgres.ts); "words" (stripped: matching needs no positions or
-- weights) is never read back. "rankVector" (title A, the body's first 200 characters B) is
-- small and stays in the row for ts_rank. There is no primary key: the GIN index serves
-- the trigger's lookups by id too, and a B-tree would tempt the planner to test vectors.

CREATE EXTENSION IF NOT EXISTS btree_gin;

DROP INDEX "SearchDocument_searchVector_idx";
ALTER TABLE "SearchDocument" DROP COLUMN "searchVector";
ALTER TABLE "SearchDocument" DROP COLUMN "rankVector";

CREATE TABLE "SearchMatch" (
    "id" INTEGER NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL,
    "kind" TEXT NOT NULL,
    "category" TEXT,
    "words" tsvector NOT NULL,
    "rankVector" tsvector NOT NULL
);

CREATE INDEX "SearchMatch_words_idx" ON "SearchMatch" USING GIN ("id", "kind", "category", "words");

CREATE FUNCTION "SearchMatch_row"(doc "SearchDocument") RETURNS "SearchMatch" LANGUAGE sql IMMUTABLE AS $$
    SELECT doc."id", doc."publishedAt", doc."kind", doc."category",
        strip(to_tsvector('simple', doc."titleWords" || ' ' || doc."bodyWords")),
        setweight(to_tsvector('simple', doc."titleWords"), 'A') || setweight(to_tsvector('simple', left(doc."bodyWords", 200)), 'B')
$$;

CREATE FUNCTION "SearchMatch_sync"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM "SearchMatch" WHERE "id" = OLD."id";
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO "SearchMatch" SELECT * FROM "SearchMatch_row"(NEW);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "SearchMatch_sync" AFTER INSERT OR UPDATE OR DELETE ON "SearchDocument"
    FOR EACH ROW EXECUTE FUNCTION "SearchMatch_sync"();

INSERT INTO "SearchMatch" SELECT r.* FROM "SearchDocument" d, LATERAL "SearchMatch_row"(d) r;
