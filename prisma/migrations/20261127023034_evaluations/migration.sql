-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "fromEvaluationId" TEXT;

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "datasetId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "snapshotId" TEXT,
    "provider" TEXT NOT NULL,
    "providerHost" TEXT NOT NULL,
    "baseURL" TEXT,
    "modelA" TEXT NOT NULL,
    "modelB" TEXT NOT NULL,
    "temperature" REAL NOT NULL DEFAULT 0,
    "maxTokens" INTEGER NOT NULL DEFAULT 1024,
    "concurrency" INTEGER NOT NULL DEFAULT 4,
    "judgeModel" TEXT,
    "judgeRubric" TEXT,
    "votesPerPair" INTEGER NOT NULL DEFAULT 1,
    "seed" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "examples" INTEGER NOT NULL DEFAULT 0,
    "estimatedTokens" INTEGER,
    "estimatedCostUsd" REAL,
    "error" TEXT,
    "notBefore" DATETIME,
    "leaseOwner" TEXT,
    "leaseUntil" DATETIME,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "Evaluation_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Evaluation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvalExample" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "evaluationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "conversationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "prompt" TEXT NOT NULL,
    "reference" TEXT NOT NULL,
    "labels" TEXT NOT NULL DEFAULT '',
    "sentBackId" INTEGER,
    CONSTRAINT "EvalExample_evaluationId_fkey" FOREIGN KEY ("evaluationId") REFERENCES "Evaluation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvalCall" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "exampleId" INTEGER NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "output" TEXT,
    "promptTokens" INTEGER,
    "completionTokens" INTEGER,
    "latencyMs" INTEGER,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "finishedAt" DATETIME,
    CONSTRAINT "EvalCall_exampleId_fkey" FOREIGN KEY ("exampleId") REFERENCES "EvalExample" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvalVote" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "exampleId" INTEGER NOT NULL,
    "evaluationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "choice" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EvalVote_exampleId_fkey" FOREIGN KEY ("exampleId") REFERENCES "EvalExample" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EvalVote_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AddColumn (a plain ALTER: rebuilding Dataset would rewrite every table that refers to it)
ALTER TABLE "Dataset" ADD COLUMN "forEvaluation" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Evaluation_status_leaseUntil_idx" ON "Evaluation"("status", "leaseUntil");

-- CreateIndex
CREATE INDEX "Evaluation_datasetId_createdAt_idx" ON "Evaluation"("datasetId", "createdAt");

-- CreateIndex
CREATE INDEX "EvalExample_evaluationId_conversationId_idx" ON "EvalExample"("evaluationId", "conversationId");

-- CreateIndex
CREATE UNIQUE INDEX "EvalExample_evaluationId_position_key" ON "EvalExample"("evaluationId", "position");

-- CreateIndex
CREATE INDEX "EvalCall_evaluationId_status_kind_idx" ON "EvalCall"("evaluationId", "status", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "EvalCall_exampleId_kind_key" ON "EvalCall"("exampleId", "kind");

-- CreateIndex
CREATE INDEX "EvalVote_evaluationId_userId_idx" ON "EvalVote"("evaluationId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "EvalVote_exampleId_userId_key" ON "EvalVote"("exampleId", "userId");
