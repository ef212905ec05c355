-- CreateTable
CREATE TABLE "ServiceGuide" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "serviceType" TEXT NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "audience" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "conditions" TEXT NOT NULL,
    "materials" TEXT NOT NULL DEFAULT '[]',
    "steps" TEXT NOT NULL DEFAULT '[]',
    "legalDays" INTEGER NOT NULL,
    "promisedDays" INTEGER NOT NULL,
    "fee" TEXT NOT NULL DEFAULT '',
    "location" TEXT NOT NULL,
    "hours" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "complaintPhone" TEXT NOT NULL,
    "onlineUrl" TEXT,
    "visits" INTEGER NOT NULL DEFAULT 1,
    "faq" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceGuide_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceGuide_code_key" ON "ServiceGuide"("code");

-- CreateIndex
CREATE INDEX "ServiceGuide_status_theme_idx" ON "ServiceGuide"("status", "theme");

-- CreateIndex
CREATE INDEX "ServiceGuide_departmentId_status_idx" ON "ServiceGuide"("departmentId", "status");

-- AddForeignKey
ALTER TABLE "ServiceGuide" ADD CONSTRAINT "ServiceGuide_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

