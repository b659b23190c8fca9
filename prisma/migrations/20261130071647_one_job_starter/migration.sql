-- AlterTable
ALTER TABLE "Job" DROP COLUMN "startedById",
DROP COLUMN "startedByName";
