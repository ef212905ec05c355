-- CreateTable
CREATE TABLE "QuestionTheme" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Question" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "askerId" INTEGER,
    "maskedName" TEXT NOT NULL,
    "departmentId" INTEGER NOT NULL,
    "themeId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "publicConsent" BOOLEAN NOT NULL DEFAULT true,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "rejectionReason" TEXT,
    "submissionKey" TEXT NOT NULL,
    "dueAt" DATETIME,
    "moderatedById" INTEGER,
    "moderatedAt" DATETIME,
    "answer" TEXT,
    "answeredById" INTEGER,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Question_askerId_fkey" FOREIGN KEY ("askerId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Question_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Question_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "QuestionTheme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "departmentId" INTEGER NOT NULL,
    "themeId" INTEGER NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "sourceQuestionId" INTEGER,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "FaqEntry_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FaqEntry_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "QuestionTheme" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "FaqEntry_sourceQuestionId_fkey" FOREIGN KEY ("sourceQuestionId") REFERENCES "Question" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "QuestionTheme_name_key" ON "QuestionTheme"("name");

-- CreateIndex
CREATE INDEX "Question_state_departmentId_dueAt_idx" ON "Question"("state", "departmentId", "dueAt");

-- CreateIndex
CREATE INDEX "Question_state_publicConsent_answeredAt_idx" ON "Question"("state", "publicConsent", "answeredAt");

-- CreateIndex
CREATE INDEX "Question_askerId_createdAt_idx" ON "Question"("askerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Question_askerId_submissionKey_key" ON "Question"("askerId", "submissionKey");

-- CreateIndex
CREATE INDEX "FaqEntry_departmentId_published_sortOrder_idx" ON "FaqEntry"("departmentId", "published", "sortOrder");


-- The themes of 在线问答 (data; a database starts with these)
INSERT INTO "QuestionTheme" ("name", "sortOrder") VALUES ('政策咨询', 1), ('办事服务', 2), ('教育', 3), ('医疗卫生', 4), ('社会保障', 5), ('住房城建', 6), ('交通出行', 7), ('生态环境', 8), ('其他', 9);
