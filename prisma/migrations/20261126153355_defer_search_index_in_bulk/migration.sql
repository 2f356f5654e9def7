-- CreateTable
CREATE TABLE "SearchIndexDeferral" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);

-- The row trigger stands aside while a bulk change holds the deferral row (written by
-- hand: Prisma does not model triggers). Same text extraction as before.
DROP TRIGGER "conversation_fts_update";
CREATE TRIGGER "conversation_fts_update" AFTER UPDATE OF "body" ON "Conversation"
WHEN NOT EXISTS (SELECT 1 FROM "SearchIndexDeferral")
BEGIN
  DELETE FROM "conversation_fts" WHERE rowid = OLD."id";
  INSERT INTO "conversation_fts" (rowid, "text")
  SELECT NEW."id", CASE WHEN NEW."kind" = 'invalid' OR json_valid(NEW."body") = 0 THEN NEW."body" ELSE (
    SELECT group_concat(coalesce(json_extract(m.value, '$.content'), '') || ' ' || coalesce(json_extract(m.value, '$.tool_calls'), ''), ' ')
    FROM (
      SELECT value FROM json_each(NEW."body", '$.messages')
      UNION ALL SELECT value FROM json_each(NEW."body", '$.input.messages')
      UNION ALL SELECT value FROM json_each(NEW."body", '$.preferred_output')
      UNION ALL SELECT value FROM json_each(NEW."body", '$.non_preferred_output')
    ) AS m
  ) END;
END;
