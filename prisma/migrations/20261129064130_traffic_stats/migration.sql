-- CreateTable
CREATE TABLE "PageView" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "views" INTEGER NOT NULL DEFAULT 1,
    "path" TEXT NOT NULL,
    "referrer" TEXT,
    "entry" BOOLEAN NOT NULL,
    "browser" TEXT NOT NULL,
    "browserVersion" TEXT NOT NULL,
    "os" TEXT NOT NULL,
    "osVersion" TEXT NOT NULL,
    "device" TEXT NOT NULL,
    "ipVersion" INTEGER NOT NULL,
    "elder" BOOLEAN NOT NULL,
    "bot" BOOLEAN NOT NULL,
    "visitorKey" TEXT NOT NULL,
    "dwellMs" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "TrafficDaily" (
    "day" TEXT NOT NULL,
    "dimension" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "views" INTEGER NOT NULL,
    "visitors" INTEGER NOT NULL,
    "dwellSeconds" INTEGER NOT NULL,
    "dwellVisitors" INTEGER NOT NULL,

    PRIMARY KEY ("day", "dimension", "value")
);

-- CreateIndex
CREATE INDEX "PageView_at_idx" ON "PageView"("at");

-- CreateIndex
CREATE INDEX "TrafficDaily_dimension_day_idx" ON "TrafficDaily"("dimension", "day");

