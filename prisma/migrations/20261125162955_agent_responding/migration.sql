-- AlterTable
ALTER TABLE "ProcessServer" ADD COLUMN     "agentResponding" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "MasterTargetServer" ADD COLUMN     "agentResponding" BOOLEAN NOT NULL DEFAULT true;
