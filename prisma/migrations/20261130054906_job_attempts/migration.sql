-- CreateEnum
CREATE TYPE "JobStarter" AS ENUM ('Portal', 'Runner');

-- The runner's claim counter keeps its values under a name of its own: attempts are now
-- the operator's (Restart), counted by attemptCount.
ALTER TABLE "Job" RENAME COLUMN "attempts" TO "claimCount";

-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "attemptCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "startedBy" TEXT,
ADD COLUMN     "startedVia" "JobStarter" NOT NULL DEFAULT 'Portal';

-- AlterTable
ALTER TABLE "JobTask" ADD COLUMN     "ranInAttempt" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "JobError" ADD COLUMN     "attempt" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "JobAttempt" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "startedVia" "JobStarter" NOT NULL,
    "startedBy" TEXT,
    "state" "JobState" NOT NULL,
    "stateDescription" TEXT,
    "progress" INTEGER NOT NULL,
    "startTime" TIMESTAMP(3),
    "endTime" TIMESTAMP(3),

    CONSTRAINT "JobAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobAttemptTask" (
    "id" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "state" "JobState" NOT NULL,
    "progress" INTEGER NOT NULL,
    "startTime" TIMESTAMP(3),
    "endTime" TIMESTAMP(3),
    "ranInAttempt" INTEGER NOT NULL,

    CONSTRAINT "JobAttemptTask_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JobAttempt_jobId_number_key" ON "JobAttempt"("jobId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "JobAttemptTask_attemptId_order_key" ON "JobAttemptTask"("attemptId", "order");

-- CreateIndex
CREATE INDEX "Job_parentJobId_idx" ON "Job"("parentJobId");

-- CreateIndex
CREATE INDEX "Job_recoveryPlanId_idx" ON "Job"("recoveryPlanId");

-- CreateIndex
CREATE INDEX "JobError_jobId_attempt_idx" ON "JobError"("jobId", "attempt");

-- AddForeignKey
ALTER TABLE "JobAttempt" ADD CONSTRAINT "JobAttempt_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobAttemptTask" ADD CONSTRAINT "JobAttemptTask_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "JobAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
