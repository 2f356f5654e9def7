-- AlterTable
ALTER TABLE "DedupRun" ADD COLUMN "unresolvedClusters" INTEGER;

-- A run's stored count of unresolved clusters goes stale when what decides "resolved"
-- changes: a member's status, keeper or trash, or the run's membership (a new member from
-- the incremental check, a record purged). Clearing it here catches every writer (a save,
-- a bulk change, an undo, a resolution, the command line); the next page view counts again.
CREATE TRIGGER "dedup_unresolved_on_change" AFTER UPDATE OF "status", "keeperId", "deletedAt" ON "Conversation"
BEGIN
  UPDATE "DedupRun" SET "unresolvedClusters" = NULL
  WHERE "unresolvedClusters" IS NOT NULL AND "id" IN (SELECT "runId" FROM "DuplicateMember" WHERE "conversationId" = NEW."id");
END;

CREATE TRIGGER "dedup_unresolved_on_member_insert" AFTER INSERT ON "DuplicateMember"
BEGIN
  UPDATE "DedupRun" SET "unresolvedClusters" = NULL WHERE "id" = NEW."runId" AND "unresolvedClusters" IS NOT NULL;
END;

CREATE TRIGGER "dedup_unresolved_on_member_delete" AFTER DELETE ON "DuplicateMember"
BEGIN
  UPDATE "DedupRun" SET "unresolvedClusters" = NULL WHERE "id" = OLD."runId" AND "unresolvedClusters" IS NOT NULL;
END;
