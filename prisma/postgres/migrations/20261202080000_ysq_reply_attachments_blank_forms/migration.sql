-- CreateTable
CREATE TABLE "ServiceBlankForm" (
    "id" SERIAL NOT NULL,
    "guideId" INTEGER NOT NULL,
    "materialName" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceBlankForm_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoRequestAttachment" (
    "id" SERIAL NOT NULL,
    "requestId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InfoRequestAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceBlankForm_storageKey_key" ON "ServiceBlankForm"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceBlankForm_guideId_materialName_key" ON "ServiceBlankForm"("guideId", "materialName");

-- CreateIndex
CREATE UNIQUE INDEX "InfoRequestAttachment_storageKey_key" ON "InfoRequestAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "InfoRequestAttachment_requestId_idx" ON "InfoRequestAttachment"("requestId");

-- AddForeignKey
ALTER TABLE "ServiceBlankForm" ADD CONSTRAINT "ServiceBlankForm_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "ServiceGuide"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoRequestAttachment" ADD CONSTRAINT "InfoRequestAttachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InfoRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
