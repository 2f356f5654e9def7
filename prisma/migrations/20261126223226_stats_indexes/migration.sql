-- Indexes only, no table change: the statistics page reads its figures from these
-- without reading a Conversation row (see lib/db/stats). What they cost, measured on
-- 200,000 records (two rounds each, on a shared 2-core machine): an import took 19.4
-- and 20.3 s with them against 18.0 and 17.4 s without (new rows enter at the end of
-- each index); the check pass's updates of tokens, language, system prompt and
-- checkedAt took 24-26 s against 9 s, about 80 µs more per record, small beside
-- counting its tokens. The index keyed by id changes only with a record's status or
-- trash state, which the check pass does not touch.

-- CreateIndex
CREATE INDEX "Conversation_datasetId_deletedAt_status_turns_language_systemHash_checkedAt_idx" ON "Conversation"("datasetId", "deletedAt", "status", "turns", "language", "systemHash", "checkedAt");

-- CreateIndex
CREATE INDEX "Conversation_datasetId_deletedAt_status_tokens_idx" ON "Conversation"("datasetId", "deletedAt", "status", "tokens");

-- CreateIndex
CREATE INDEX "Conversation_datasetId_deletedAt_status_assistantTokens_idx" ON "Conversation"("datasetId", "deletedAt", "status", "assistantTokens");

-- CreateIndex
CREATE INDEX "Conversation_id_datasetId_deletedAt_status_idx" ON "Conversation"("id", "datasetId", "deletedAt", "status");

-- CreateIndex
CREATE INDEX "Revision_conversationId_status_createdAt_idx" ON "Revision"("conversationId", "status", "createdAt");
