-- Indexes only, no table change: the statistics page reads its figures from these
-- without reading a Conversation row (see lib/db/stats). Measured on 200,000 records
-- (two rounds each, on a busy 2-core machine): imports ran at the same speed with and
-- without them (new rows enter at the end of each index), while the check pass's
-- updates of tokens, language, system prompt and checkedAt cost about 65 µs more per
-- record (22 s instead of 8-10 s for 200,000), small beside counting the tokens. The
-- index keyed by id changes only with a record's status or trash state.

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
