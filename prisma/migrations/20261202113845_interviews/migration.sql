-- CreateTable
CREATE TABLE "Interview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "intro" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "liveSwitch" TEXT NOT NULL DEFAULT 'auto',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "InterviewGuest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "interviewId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "photoId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "InterviewGuest_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterviewGuest_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "InterviewPhoto" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InterviewPhoto" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "interviewId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InterviewPhoto_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InterviewQuestion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "interviewId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "maskedName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "rejectionReason" TEXT,
    "putToGuest" BOOLEAN NOT NULL DEFAULT false,
    "answeredTurnId" INTEGER,
    "moderatedById" INTEGER,
    "moderatedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InterviewQuestion_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterviewQuestion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "InterviewQuestion_answeredTurnId_fkey" FOREIGN KEY ("answeredTurnId") REFERENCES "InterviewTurn" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InterviewTurn" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "interviewId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "speaker" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "photoId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InterviewTurn_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "InterviewTurn_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "InterviewPhoto" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Interview_published_startsAt_idx" ON "Interview"("published", "startsAt");

-- CreateIndex
CREATE INDEX "InterviewGuest_interviewId_sortOrder_idx" ON "InterviewGuest"("interviewId", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "InterviewPhoto_storageKey_key" ON "InterviewPhoto"("storageKey");

-- CreateIndex
CREATE INDEX "InterviewPhoto_interviewId_idx" ON "InterviewPhoto"("interviewId");

-- CreateIndex
CREATE INDEX "InterviewQuestion_interviewId_status_createdAt_idx" ON "InterviewQuestion"("interviewId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "InterviewQuestion_status_createdAt_idx" ON "InterviewQuestion"("status", "createdAt");

-- CreateIndex
CREATE INDEX "InterviewQuestion_authorId_createdAt_idx" ON "InterviewQuestion"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "InterviewTurn_interviewId_id_idx" ON "InterviewTurn"("interviewId", "id");

