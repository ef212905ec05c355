-- CreateTable
CREATE TABLE "ServiceBlankForm" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "guideId" INTEGER NOT NULL,
    "materialName" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ServiceBlankForm_guideId_fkey" FOREIGN KEY ("guideId") REFERENCES "ServiceGuide" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "InfoRequestAttachment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "InfoRequestAttachment_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "InfoRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceBlankForm_storageKey_key" ON "ServiceBlankForm"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceBlankForm_guideId_materialName_key" ON "ServiceBlankForm"("guideId", "materialName");

-- CreateIndex
CREATE UNIQUE INDEX "InfoRequestAttachment_storageKey_key" ON "InfoRequestAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "InfoRequestAttachment_requestId_idx" ON "InfoRequestAttachment"("requestId");
