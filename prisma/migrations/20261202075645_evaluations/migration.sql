-- CreateTable
CREATE TABLE "EvaluationRound" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "intro" TEXT NOT NULL DEFAULT '',
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "criteria" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "EvaluationObject" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "departmentId" INTEGER,
    "serviceGuideId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "EvaluationObject_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvaluationObject_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "EvaluationObject_serviceGuideId_fkey" FOREIGN KEY ("serviceGuideId") REFERENCES "ServiceGuide" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvaluationVote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "roundId" INTEGER NOT NULL,
    "objectId" INTEGER NOT NULL,
    "userId" INTEGER,
    "comment" TEXT,
    "commentStatus" TEXT,
    "commentModeratedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "EvaluationVote_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "EvaluationRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvaluationVote_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "EvaluationObject" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvaluationVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvaluationRating" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "voteId" INTEGER NOT NULL,
    "objectId" INTEGER NOT NULL,
    "criterion" TEXT NOT NULL,
    "rating" TEXT NOT NULL,
    CONSTRAINT "EvaluationRating_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "EvaluationVote" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvaluationRating_objectId_fkey" FOREIGN KEY ("objectId") REFERENCES "EvaluationObject" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

