-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "keeperId" INTEGER;

-- AlterTable
ALTER TABLE "Revision" ADD COLUMN "keeperId" INTEGER;

-- CreateTable
CREATE TABLE "DedupRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "againstDatasetId" TEXT,
    "scope" TEXT NOT NULL,
    "threshold" REAL NOT NULL,
    "bands" INTEGER NOT NULL,
    "rows" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "phase" TEXT NOT NULL DEFAULT '',
    "processed" INTEGER NOT NULL DEFAULT 0,
    "total" INTEGER NOT NULL DEFAULT 0,
    "candidates" INTEGER NOT NULL DEFAULT 0,
    "pairs" INTEGER NOT NULL DEFAULT 0,
    "clusterCount" INTEGER NOT NULL DEFAULT 0,
    "failure" TEXT,
    "createdById" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "heartbeatAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "DedupRun_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DedupRun_againstDatasetId_fkey" FOREIGN KEY ("againstDatasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DedupRun_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DuplicateCluster" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "similarity" REAL NOT NULL,
    "size" INTEGER NOT NULL,
    CONSTRAINT "DuplicateCluster_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DedupRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DuplicateMember" (
    "clusterId" INTEGER NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "runId" TEXT NOT NULL,

    PRIMARY KEY ("clusterId", "conversationId"),
    CONSTRAINT "DuplicateMember_clusterId_fkey" FOREIGN KEY ("clusterId") REFERENCES "DuplicateCluster" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DuplicateMember_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DedupIndexSegment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "runId" TEXT NOT NULL,
    "band" INTEGER NOT NULL,
    "keys" BLOB NOT NULL,
    "ids" BLOB NOT NULL,
    "count" INTEGER NOT NULL,
    CONSTRAINT "DedupIndexSegment_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DedupRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DedupPending" (
    "conversationId" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "datasetId" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "DedupRun_datasetId_startedAt_idx" ON "DedupRun"("datasetId", "startedAt");

-- CreateIndex
CREATE INDEX "DuplicateCluster_runId_size_idx" ON "DuplicateCluster"("runId", "size");

-- CreateIndex
CREATE INDEX "DuplicateMember_conversationId_idx" ON "DuplicateMember"("conversationId");

-- CreateIndex
CREATE UNIQUE INDEX "DuplicateMember_runId_conversationId_key" ON "DuplicateMember"("runId", "conversationId");

-- CreateIndex
CREATE INDEX "DedupIndexSegment_runId_band_idx" ON "DedupIndexSegment"("runId", "band");

-- Written by hand: records imported or edited after a dataset's de-duplication run
-- wait here for the incremental check against the run's persisted index.
CREATE TRIGGER "dedup_pending_insert" AFTER INSERT ON "Conversation"
WHEN NEW."kind" != 'invalid'
  AND EXISTS (SELECT 1 FROM "DedupRun" r WHERE r."datasetId" = NEW."datasetId" AND r."status" = 'done' AND r."againstDatasetId" IS NULL)
BEGIN
  INSERT OR IGNORE INTO "DedupPending" ("conversationId", "datasetId") VALUES (NEW."id", NEW."datasetId");
END;

CREATE TRIGGER "dedup_pending_update" AFTER UPDATE OF "body" ON "Conversation"
WHEN NEW."body" != OLD."body" AND NEW."kind" != 'invalid'
  AND EXISTS (SELECT 1 FROM "DedupRun" r WHERE r."datasetId" = NEW."datasetId" AND r."status" = 'done' AND r."againstDatasetId" IS NULL)
BEGIN
  INSERT OR IGNORE INTO "DedupPending" ("conversationId", "datasetId") VALUES (NEW."id", NEW."datasetId");
END;

CREATE TRIGGER "dedup_pending_delete" AFTER DELETE ON "Conversation"
BEGIN
  DELETE FROM "DedupPending" WHERE "conversationId" = OLD."id";
END;
