-- CreateTable
CREATE TABLE "Snapshot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "filter" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'chat',
    "validationFraction" REAL,
    "seed" INTEGER,
    "systemPrompt" TEXT NOT NULL DEFAULT 'keep',
    "records" INTEGER NOT NULL,
    "trainRecords" INTEGER NOT NULL,
    "validationRecords" INTEGER NOT NULL,
    "manifest" TEXT NOT NULL,
    "directory" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Snapshot_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Snapshot_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SnapshotRecord" (
    "snapshotId" TEXT NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "split" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "lineHash" TEXT NOT NULL,

    PRIMARY KEY ("snapshotId", "conversationId"),
    CONSTRAINT "SnapshotRecord_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FineTuneJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "snapshotId" TEXT NOT NULL,
    "sweepId" TEXT,
    "provider" TEXT NOT NULL,
    "providerHost" TEXT NOT NULL,
    "baseModel" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "hyperparameters" TEXT NOT NULL,
    "suffix" TEXT,
    "seed" INTEGER,
    "idempotencyKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'uploading',
    "trainingFileId" TEXT,
    "validationFileId" TEXT,
    "providerJobId" TEXT,
    "fineTunedModel" TEXT,
    "trainedTokens" INTEGER,
    "estimatedTokens" INTEGER,
    "estimatedCostUsd" REAL,
    "error" TEXT,
    "providerState" TEXT,
    "nextPollAt" DATETIME,
    "pollFailures" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "FineTuneJob_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FineTuneJob_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FineTuneJob_sweepId_fkey" FOREIGN KEY ("sweepId") REFERENCES "FineTuneSweep" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "FineTuneJob_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FineTuneEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "jobId" TEXT NOT NULL,
    "providerEventId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "level" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "data" TEXT,
    CONSTRAINT "FineTuneEvent_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "FineTuneJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FineTuneCheckpoint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "jobId" TEXT NOT NULL,
    "providerCheckpointId" TEXT NOT NULL,
    "step" INTEGER NOT NULL,
    "fineTunedModelCheckpoint" TEXT NOT NULL,
    "metrics" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "FineTuneCheckpoint_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "FineTuneJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "FineTuneSweep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "snapshotId" TEXT NOT NULL,
    "grid" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FineTuneSweep_snapshotId_fkey" FOREIGN KEY ("snapshotId") REFERENCES "Snapshot" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "FineTuneSweep_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProviderSetting" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "baseURL" TEXT,
    "apiVersion" TEXT,
    "organization" TEXT,
    "project" TEXT,
    "encryptedKey" TEXT,
    "keyHint" TEXT,
    "updatedById" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "Snapshot_datasetId_number_key" ON "Snapshot"("datasetId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "FineTuneJob_idempotencyKey_key" ON "FineTuneJob"("idempotencyKey");

-- CreateIndex
CREATE INDEX "FineTuneJob_status_nextPollAt_idx" ON "FineTuneJob"("status", "nextPollAt");

-- CreateIndex
CREATE INDEX "FineTuneJob_datasetId_createdAt_idx" ON "FineTuneJob"("datasetId", "createdAt");

-- CreateIndex
CREATE INDEX "FineTuneJob_sweepId_idx" ON "FineTuneJob"("sweepId");

-- CreateIndex
CREATE UNIQUE INDEX "FineTuneEvent_jobId_providerEventId_key" ON "FineTuneEvent"("jobId", "providerEventId");

-- CreateIndex
CREATE UNIQUE INDEX "FineTuneCheckpoint_jobId_providerCheckpointId_key" ON "FineTuneCheckpoint"("jobId", "providerCheckpointId");
