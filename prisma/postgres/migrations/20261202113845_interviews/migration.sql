-- CreateTable
CREATE TABLE "Interview" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "intro" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "liveSwitch" TEXT NOT NULL DEFAULT 'auto',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Interview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewGuest" (
    "id" SERIAL NOT NULL,
    "interviewId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "post" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "bio" TEXT NOT NULL DEFAULT '',
    "photoId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InterviewGuest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewPhoto" (
    "id" SERIAL NOT NULL,
    "interviewId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewQuestion" (
    "id" SERIAL NOT NULL,
    "interviewId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "maskedName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "rejectionReason" TEXT,
    "putToGuest" BOOLEAN NOT NULL DEFAULT false,
    "answeredTurnId" INTEGER,
    "moderatedById" INTEGER,
    "moderatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InterviewTurn" (
    "id" SERIAL NOT NULL,
    "interviewId" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "speaker" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "photoId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InterviewTurn_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "InterviewGuest" ADD CONSTRAINT "InterviewGuest_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewGuest" ADD CONSTRAINT "InterviewGuest_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "InterviewPhoto"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewPhoto" ADD CONSTRAINT "InterviewPhoto_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewQuestion" ADD CONSTRAINT "InterviewQuestion_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewQuestion" ADD CONSTRAINT "InterviewQuestion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewQuestion" ADD CONSTRAINT "InterviewQuestion_answeredTurnId_fkey" FOREIGN KEY ("answeredTurnId") REFERENCES "InterviewTurn"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewTurn" ADD CONSTRAINT "InterviewTurn_interviewId_fkey" FOREIGN KEY ("interviewId") REFERENCES "Interview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InterviewTurn" ADD CONSTRAINT "InterviewTurn_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "InterviewPhoto"("id") ON DELETE SET NULL ON UPDATE CASCADE;

