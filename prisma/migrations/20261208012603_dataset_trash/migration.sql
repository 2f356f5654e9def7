-- DropIndex
DROP INDEX "Dataset_name_key";

-- AlterTable
ALTER TABLE "Dataset" ADD COLUMN "deletedAt" DATETIME;
ALTER TABLE "Dataset" ADD COLUMN "deletedById" TEXT;

-- CreateIndex
CREATE INDEX "Dataset_deletedAt_idx" ON "Dataset"("deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Dataset_name_key" ON "Dataset"("name") WHERE "deletedAt" IS NULL;
