-- AlterEnum: placed where the schema lists it, so that sorting by state follows the cycle.
ALTER TYPE "ProtectionState" ADD VALUE 'UnplannedFailoverInProgress' BEFORE 'UnplannedFailoverCommitPendingStatesBegin';

-- AlterTable
ALTER TABLE "VCenterServer" ADD COLUMN     "connectionState" "ConnectionState" NOT NULL DEFAULT 'Connected';

-- AlterTable
ALTER TABLE "EsxiHost" ADD COLUMN     "freeMemoryGb" INTEGER NOT NULL DEFAULT 128;

-- AlterTable
ALTER TABLE "ReplicatedItem" ADD COLUMN     "agentRegistersAt" TIMESTAMP(3),
ADD COLUMN     "azureVmExists" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "failoverRecoveryPointTime" TIMESTAMP(3),
ADD COLUMN     "inConfigurationServerDatabase" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "memoryGb" INTEGER NOT NULL DEFAULT 8,
ADD COLUMN     "sourceHostId" TEXT;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_sourceHostId_fkey" FOREIGN KEY ("sourceHostId") REFERENCES "EsxiHost"("id") ON DELETE SET NULL ON UPDATE CASCADE;
