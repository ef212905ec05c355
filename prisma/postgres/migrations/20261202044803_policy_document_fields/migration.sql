-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "indexNumber" TEXT,
ADD COLUMN     "issuer" TEXT,
ADD COLUMN     "topic" TEXT,
ADD COLUMN     "writtenAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Article_indexNumber_key" ON "Article"("indexNumber");

-- CreateIndex
CREATE INDEX "Article_topic_idx" ON "Article"("topic");

-- CreateIndex
CREATE INDEX "Article_issuer_idx" ON "Article"("issuer");

