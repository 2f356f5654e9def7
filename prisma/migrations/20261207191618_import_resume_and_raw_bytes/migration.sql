-- AlterTable
ALTER TABLE "Import" ADD COLUMN "leaseOwner" TEXT;
ALTER TABLE "Import" ADD COLUMN "leaseUntil" DATETIME;
ALTER TABLE "Import" ADD COLUMN "sha256" TEXT;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "rawBytes" BLOB;

-- Written by hand: the original bytes of a line that is not UTF-8 stand for the line
-- only until someone changes its text (a fix, a find and replace, a restore); from
-- then on the text is the record, so every write path drops the bytes through one trigger.
CREATE TRIGGER "conversation_raw_bytes_clear" AFTER UPDATE OF "body" ON "Conversation"
WHEN NEW."body" IS NOT OLD."body" AND NEW."rawBytes" IS NOT NULL
BEGIN
  UPDATE "Conversation" SET "rawBytes" = NULL WHERE "id" = NEW."id";
END;
