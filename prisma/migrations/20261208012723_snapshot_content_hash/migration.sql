-- AlterTable
ALTER TABLE "Snapshot" ADD COLUMN "contentHash" TEXT;

-- CreateIndex
CREATE INDEX "Snapshot_datasetId_contentHash_idx" ON "Snapshot"("datasetId", "contentHash");
