-- CreateTable
CREATE TABLE "InfoRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "number" TEXT NOT NULL,
    "trackingCodeHash" TEXT NOT NULL,
    "submissionKey" TEXT NOT NULL,
    "userId" INTEGER,
    "applicantType" TEXT NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'online',
    "name" TEXT NOT NULL,
    "idType" TEXT,
    "idNumberCipher" TEXT,
    "creditCode" TEXT,
    "legalRepresentative" TEXT,
    "contactPerson" TEXT,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "postalCode" TEXT,
    "description" TEXT NOT NULL,
    "purpose" TEXT,
    "delivery" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'submitted',
    "receivedAt" DATETIME,
    "dueAt" DATETIME,
    "correctionRequest" TEXT,
    "correctionAskedAt" DATETIME,
    "correctionRemainingDays" INTEGER,
    "correctionAnswer" TEXT,
    "correctionAnsweredAt" DATETIME,
    "extensionStatus" TEXT,
    "extensionReason" TEXT,
    "extensionDecidedAt" DATETIME,
    "outcome" TEXT,
    "legalBasis" TEXT,
    "reply" TEXT,
    "repliedAt" DATETIME,
    "repliedLate" BOOLEAN,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "InfoRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InfoRequestEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT,
    "actorId" INTEGER,
    "actorRole" TEXT,
    "note" TEXT,
    "visibleToApplicant" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InfoRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InfoRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "InfoRequest_number_key" ON "InfoRequest"("number");

-- CreateIndex
CREATE UNIQUE INDEX "InfoRequest_submissionKey_key" ON "InfoRequest"("submissionKey");

-- CreateIndex
CREATE INDEX "InfoRequest_status_createdAt_idx" ON "InfoRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "InfoRequest_userId_createdAt_idx" ON "InfoRequest"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "InfoRequest_dueAt_idx" ON "InfoRequest"("dueAt");

-- CreateIndex
CREATE INDEX "InfoRequest_receivedAt_idx" ON "InfoRequest"("receivedAt");

-- CreateIndex
CREATE INDEX "InfoRequestEvent_requestId_createdAt_idx" ON "InfoRequestEvent"("requestId", "createdAt");

