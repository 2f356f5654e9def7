-- CreateTable
CREATE TABLE "StatsCache" (
    "datasetId" TEXT NOT NULL,
    "filterKey" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "computedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("datasetId", "filterKey"),
    CONSTRAINT "StatsCache_datasetId_fkey" FOREIGN KEY ("datasetId") REFERENCES "Dataset" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Columns are added in place rather than by Prisma's usual table rebuild: a
-- rebuild of Conversation would drop the hand-written search and
-- de-duplication triggers that live on it. (Edited by hand for that reason.)
ALTER TABLE "Dataset" ADD COLUMN "labelShareLimit" REAL NOT NULL DEFAULT 0.5;
ALTER TABLE "Dataset" ADD COLUMN "moderationEnabled" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Conversation" ADD COLUMN "assistantTokens" INTEGER;
ALTER TABLE "Conversation" ADD COLUMN "checkedAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "findings" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "findingCodes" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Conversation" ADD COLUMN "errorCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Conversation" ADD COLUMN "pii" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Conversation" ADD COLUMN "language" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "signals" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Conversation" ADD COLUMN "systemHash" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "moderation" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "moderationFlagged" BOOLEAN;
ALTER TABLE "Conversation" ADD COLUMN "moderatedAt" DATETIME;
CREATE INDEX "Conversation_datasetId_checkedAt_idx" ON "Conversation"("datasetId", "checkedAt");
CREATE INDEX "Conversation_datasetId_language_idx" ON "Conversation"("datasetId", "language");
CREATE INDEX "Conversation_datasetId_systemHash_idx" ON "Conversation"("datasetId", "systemHash");

-- Token counts were made before assistant tokens were stored: count every record
-- again, with its findings, in the background.
UPDATE "Conversation" SET "tokens" = NULL;

-- Written by hand: a record whose text changes needs its findings, signals and
-- moderation verdict worked out again. Every write path changes the body, so one
-- trigger keeps them all honest; the background worker picks up checkedAt IS NULL.
CREATE TRIGGER "conversation_recheck" AFTER UPDATE OF "body" ON "Conversation"
WHEN NEW."body" IS NOT OLD."body"
BEGIN
  UPDATE "Conversation" SET "checkedAt" = NULL, "moderation" = NULL, "moderationFlagged" = NULL, "moderatedAt" = NULL
  WHERE "id" = NEW."id";
END;
