-- CreateTable
CREATE TABLE "EvaluationRound" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "criteria" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationObject" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "departmentId" INTEGER,
    "serviceGuideId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "EvaluationObject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationVote" (
    "id" SERIAL NOT NULL,
    "roundId" INTEGER NOT NULL,
    "objectId" INTEGER NOT NULL,
    "userId" INTEGER,
    "comment" TEXT,
    "commentStatus" TEXT,
    "commentModeratedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvaluationVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationRating" (
    "id" SERIAL NOT NULL,
    "voteId" INTEGER NOT NULL,
    "objectId" INTEGER NOT NULL,
    "criterion" TEXT NOT NULL,
    "rating" TEXT NOT NULL,

    CONSTRAINT "EvaluationRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EvaluationRound_published_startsAt_idx" ON "EvaluationRound"("published", "startsAt");

-- CreateIndex
CREATE INDEX "EvaluationObject_roundId_sortOrder_idx" ON "EvaluationObject"("roundId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationObject_roundId_departmentId_key" ON "EvaluationObject"("roundId", "departmentId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationObject_roundId_serviceGuideId_key" ON "EvaluationObject"("roundId", "serviceGuideId");

-- CreateIndex
CREATE INDEX "EvaluationVote_userId_idx" ON "EvaluationVote"("userId");

-- CreateIndex
CREATE INDEX "EvaluationVote_roundId_commentStatus_idx" ON "EvaluationVote"("roundId", "commentStatus");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationVote_objectId_userId_key" ON "EvaluationVote"("objectId", "userId");

-- CreateIndex
CREATE INDEX "EvaluationRating_objectId_criterion_rating_idx" ON "EvaluationRating"("objectId", "criterion", "rating");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationRating_voteId_criterion_key" ON "EvaluationRating"("voteId", "criterion");

-- AddForeignKey
ALTER TABLE "EvaluationObject" ADD CONSTRAINT "EvaluationObject_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationObject" ADD CONSTRAINT "EvaluationObject_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationObject" ADD CONSTRAINT "EvaluationObject_serviceGuideId_fkey" FOREIGN KEY ("serviceGuideId") REFERENCES "ServiceGuide"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationVote" ADD CONSTRAINT "EvaluationVote_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationVote" ADD CONSTRAINT "EvaluationVote_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "EvaluationObject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationVote" ADD CONSTRAINT "EvaluationVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRating" ADD CONSTRAINT "EvaluationRating_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "EvaluationVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationRating" ADD CONSTRAINT "EvaluationRating_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "EvaluationObject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

