-- AlterTable
ALTER TABLE "Article" ADD COLUMN "indexNumber" TEXT;
ALTER TABLE "Article" ADD COLUMN "issuer" TEXT;
ALTER TABLE "Article" ADD COLUMN "topic" TEXT;
ALTER TABLE "Article" ADD COLUMN "writtenAt" DATETIME;

-- CreateIndex
CREATE UNIQUE INDEX "Article_indexNumber_key" ON "Article"("indexNumber");

-- CreateIndex
CREATE INDEX "Article_topic_idx" ON "Article"("topic");

-- CreateIndex
CREATE INDEX "Article_issuer_idx" ON "Article"("issuer");

