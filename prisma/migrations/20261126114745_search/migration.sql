-- Full-text search over message content (SQLite FTS5). Written by hand: Prisma does
-- not model virtual tables. The index is contentless (it keeps no copy of the text);
-- rowid is Conversation.id. Bulk imports fill it in one statement after the insert
-- (see lib/db/search-index.ts), because a row trigger slows a bulk insert about 5x;
-- edits and deletes keep it current through the triggers below.
CREATE VIRTUAL TABLE "conversation_fts" USING fts5(
  "text",
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER "conversation_fts_update" AFTER UPDATE OF "body" ON "Conversation"
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

CREATE TRIGGER "conversation_fts_delete" AFTER DELETE ON "Conversation"
BEGIN
  DELETE FROM "conversation_fts" WHERE rowid = OLD."id";
END;
