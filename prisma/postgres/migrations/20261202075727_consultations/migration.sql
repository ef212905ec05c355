-- CreateTable
CREATE TABLE "Consultation" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "intro" TEXT NOT NULL,
    "draft" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" TIMESTAMP(3),
    "feedbackSummary" TEXT,
    "feedbackPublishedAt" TIMESTAMP(3),
    "adoptedCount" INTEGER,
    "partlyAdoptedCount" INTEGER,
    "notAdoptedCount" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationAttachment" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationOpinion" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "authorId" INTEGER,
    "maskedName" TEXT NOT NULL,
    "clause" INTEGER,
    "body" TEXT NOT NULL,
    "publicConsent" BOOLEAN NOT NULL DEFAULT false,
    "decision" TEXT,
    "decisionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConsultationOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Consultation_published_endsAt_idx" ON "Consultation"("published", "endsAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsultationAttachment_storageKey_key" ON "ConsultationAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "ConsultationAttachment_consultationId_idx" ON "ConsultationAttachment"("consultationId");

-- CreateIndex
CREATE INDEX "ConsultationOpinion_consultationId_createdAt_idx" ON "ConsultationOpinion"("consultationId", "createdAt");

-- CreateIndex
CREATE INDEX "ConsultationOpinion_authorId_consultationId_idx" ON "ConsultationOpinion"("authorId", "consultationId");

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationAttachment" ADD CONSTRAINT "ConsultationAttachment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationOpinion" ADD CONSTRAINT "ConsultationOpinion_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationOpinion" ADD CONSTRAINT "ConsultationOpinion_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

