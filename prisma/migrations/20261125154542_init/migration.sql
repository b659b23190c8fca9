-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ExpressRoutePeering" AS ENUM ('None', 'Private', 'Public', 'PrivateAndPublic');

-- CreateEnum
CREATE TYPE "ServerLocation" AS ENUM ('Azure', 'OnPremises');

-- CreateEnum
CREATE TYPE "OsType" AS ENUM ('Windows', 'Linux');

-- CreateEnum
CREATE TYPE "ServerHealth" AS ENUM ('Healthy', 'Warning', 'Critical');

-- CreateEnum
CREATE TYPE "ConnectionState" AS ENUM ('Connected', 'NotConnected');

-- CreateEnum
CREATE TYPE "ScsiControllerType" AS ENUM ('LsiLogicSas', 'LsiLogicParallel', 'Paravirtual', 'BusLogic');

-- CreateEnum
CREATE TYPE "DatastoreType" AS ENUM ('VMFS', 'vSAN', 'NFS');

-- CreateEnum
CREATE TYPE "DatastoreAccess" AS ENUM ('ReadWrite', 'ReadOnly');

-- CreateEnum
CREATE TYPE "FileSystem" AS ENUM ('NTFS', 'ReFS', 'FAT', 'FAT32', 'ext4', 'xfs');

-- CreateEnum
CREATE TYPE "ProtectionState" AS ENUM ('Protected', 'UnplannedFailoverCommitPendingStatesBegin', 'UnplannedFailoverCommitted', 'UnplannedFailoverFailed', 'ReprotectInProgress');

-- CreateEnum
CREATE TYPE "ActiveLocation" AS ENUM ('Primary', 'Recovery');

-- CreateEnum
CREATE TYPE "ReplicationHealth" AS ENUM ('Normal', 'Warning', 'Critical', 'None');

-- CreateEnum
CREATE TYPE "PolicyDirection" AS ENUM ('Forward', 'Failback');

-- CreateEnum
CREATE TYPE "RecoveryPlanGroupType" AS ENUM ('Shutdown', 'Failover', 'Boot');

-- CreateEnum
CREATE TYPE "JobState" AS ENUM ('NotStarted', 'InProgress', 'Succeeded', 'Failed', 'Cancelled', 'Suspended');

-- CreateEnum
CREATE TYPE "ErrorLevel" AS ENUM ('Error', 'Warning', 'Info');

-- CreateEnum
CREATE TYPE "RecoveryPointType" AS ENUM ('CrashConsistent', 'AppConsistent');

-- CreateTable
CREATE TABLE "Vault" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "subscriptionId" TEXT NOT NULL,
    "resourceGroup" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "s2sVpn" BOOLEAN NOT NULL DEFAULT false,
    "expressRoute" BOOLEAN NOT NULL DEFAULT false,
    "expressRoutePeering" "ExpressRoutePeering" NOT NULL DEFAULT 'None',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vault_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfigurationServer" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "agentVersion" TEXT NOT NULL,
    "connectionState" "ConnectionState" NOT NULL DEFAULT 'Connected',
    "lastHeartbeat" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConfigurationServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProcessServer" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "configurationServerId" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "location" "ServerLocation" NOT NULL,
    "osType" "OsType" NOT NULL DEFAULT 'Windows',
    "agentVersion" TEXT NOT NULL,
    "health" "ServerHealth" NOT NULL DEFAULT 'Healthy',
    "lastHeartbeat" TIMESTAMP(3) NOT NULL,
    "canReachConfigurationServer" BOOLEAN NOT NULL DEFAULT true,
    "reachableFromNetworks" TEXT[],
    "totalSpaceInBytes" BIGINT NOT NULL,
    "availableSpaceInBytes" BIGINT NOT NULL,

    CONSTRAINT "ProcessServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VCenterServer" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "configurationServerId" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "version" TEXT NOT NULL,

    CONSTRAINT "VCenterServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EsxiHost" (
    "id" TEXT NOT NULL,
    "vcenterId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "version" TEXT NOT NULL,
    "memoryGb" INTEGER NOT NULL,

    CONSTRAINT "EsxiHost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Datastore" (
    "id" TEXT NOT NULL,
    "vcenterId" TEXT NOT NULL,
    "symbolicName" TEXT NOT NULL,
    "uuid" TEXT NOT NULL,
    "type" "DatastoreType" NOT NULL,
    "capacityGb" INTEGER NOT NULL,
    "freeSpaceGb" INTEGER NOT NULL,

    CONSTRAINT "Datastore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DatastoreMount" (
    "hostId" TEXT NOT NULL,
    "datastoreId" TEXT NOT NULL,
    "access" "DatastoreAccess" NOT NULL,

    CONSTRAINT "DatastoreMount_pkey" PRIMARY KEY ("hostId","datastoreId")
);

-- CreateTable
CREATE TABLE "MasterTargetServer" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "configurationServerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ipAddress" TEXT NOT NULL,
    "location" "ServerLocation" NOT NULL DEFAULT 'OnPremises',
    "osType" "OsType" NOT NULL,
    "osName" TEXT NOT NULL,
    "osVersion" TEXT NOT NULL,
    "isCombinedPsMt" BOOLEAN NOT NULL DEFAULT false,
    "esxiHostId" TEXT NOT NULL,
    "vmwareToolsInstalled" BOOLEAN NOT NULL DEFAULT true,
    "diskEnableUuid" BOOLEAN NOT NULL DEFAULT true,
    "storageVMotioned" BOOLEAN NOT NULL DEFAULT false,
    "snapshotCount" INTEGER NOT NULL DEFAULT 0,
    "scsiControllerType" "ScsiControllerType" NOT NULL DEFAULT 'LsiLogicSas',
    "attachedDiskCount" INTEGER NOT NULL DEFAULT 1,
    "rootOnLvm" BOOLEAN NOT NULL DEFAULT false,
    "templateName" TEXT,
    "agentVersion" TEXT NOT NULL,
    "lastHeartbeat" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MasterTargetServer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MasterTargetVolume" (
    "id" TEXT NOT NULL,
    "masterTargetId" TEXT NOT NULL,
    "volumeName" TEXT NOT NULL,
    "fileSystem" "FileSystem" NOT NULL,
    "capacityInBytes" BIGINT NOT NULL,
    "freeSpaceInBytes" BIGINT NOT NULL,
    "inUseAsReplicationTarget" BOOLEAN NOT NULL DEFAULT false,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "isCacheVolume" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MasterTargetVolume_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplicationPolicy" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "configurationServerId" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "direction" "PolicyDirection" NOT NULL,
    "recoveryPointThresholdInMinutes" INTEGER NOT NULL,
    "recoveryPointHistoryInMinutes" INTEGER NOT NULL,
    "appConsistentFrequencyInMinutes" INTEGER NOT NULL,
    "multiVmSyncStatus" BOOLEAN NOT NULL DEFAULT true,
    "forwardPolicyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReplicationPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplicationGroup" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "ReplicationGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplicatedItem" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "configurationServerId" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "osType" "OsType" NOT NULL,
    "osName" TEXT NOT NULL,
    "osVersion" TEXT NOT NULL,
    "diskCount" INTEGER NOT NULL,
    "templateName" TEXT,
    "sourceVmPresent" BOOLEAN NOT NULL DEFAULT true,
    "azureVmName" TEXT NOT NULL,
    "azureVmRunning" BOOLEAN NOT NULL DEFAULT true,
    "agentRegistered" BOOLEAN NOT NULL DEFAULT true,
    "canReachConfigurationServer" BOOLEAN NOT NULL DEFAULT true,
    "protectionState" "ProtectionState" NOT NULL,
    "activeLocation" "ActiveLocation" NOT NULL,
    "replicationHealth" "ReplicationHealth" NOT NULL DEFAULT 'Normal',
    "rpoInSeconds" INTEGER,
    "lastSuccessfulFailoverTime" TIMESTAMP(3),
    "forwardPolicyId" TEXT NOT NULL,
    "replicationGroupId" TEXT,
    "masterTargetId" TEXT,
    "processServerId" TEXT,
    "datastoreId" TEXT,
    "retentionVolumeId" TEXT,
    "failbackPolicyId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReplicatedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReplicatedItemDatastore" (
    "itemId" TEXT NOT NULL,
    "datastoreId" TEXT NOT NULL,

    CONSTRAINT "ReplicatedItemDatastore_pkey" PRIMARY KEY ("itemId","datastoreId")
);

-- CreateTable
CREATE TABLE "RecoveryPoint" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "time" TIMESTAMP(3) NOT NULL,
    "type" "RecoveryPointType" NOT NULL,

    CONSTRAINT "RecoveryPoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryPlan" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecoveryPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryPlanGroup" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "groupType" "RecoveryPlanGroupType" NOT NULL,
    "order" INTEGER NOT NULL,

    CONSTRAINT "RecoveryPlanGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecoveryPlanGroupItem" (
    "groupId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,

    CONSTRAINT "RecoveryPlanGroupItem_pkey" PRIMARY KEY ("groupId","itemId")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "vaultId" TEXT NOT NULL,
    "scenarioName" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "state" "JobState" NOT NULL DEFAULT 'NotStarted',
    "stateDescription" TEXT,
    "targetObjectName" TEXT NOT NULL,
    "replicatedItemId" TEXT,
    "recoveryPlanId" TEXT,
    "parentJobId" TEXT,
    "payload" JSONB NOT NULL,
    "progress" INTEGER NOT NULL DEFAULT 0,
    "cancelRequested" BOOLEAN NOT NULL DEFAULT false,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedBy" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startTime" TIMESTAMP(3),
    "endTime" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobTask" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "order" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "friendlyName" TEXT NOT NULL,
    "state" "JobState" NOT NULL DEFAULT 'NotStarted',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "startTime" TIMESTAMP(3),
    "endTime" TIMESTAMP(3),

    CONSTRAINT "JobTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobError" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "taskId" TEXT,
    "errorCode" TEXT NOT NULL,
    "errorMessage" TEXT NOT NULL,
    "possibleCauses" TEXT NOT NULL,
    "recommendedAction" TEXT NOT NULL,
    "errorLevel" "ErrorLevel" NOT NULL DEFAULT 'Error',
    "creationTime" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JobError_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Vault_name_key" ON "Vault"("name");

-- CreateIndex
CREATE UNIQUE INDEX "ConfigurationServer_vaultId_friendlyName_key" ON "ConfigurationServer"("vaultId", "friendlyName");

-- CreateIndex
CREATE UNIQUE INDEX "ProcessServer_vaultId_friendlyName_key" ON "ProcessServer"("vaultId", "friendlyName");

-- CreateIndex
CREATE UNIQUE INDEX "VCenterServer_vaultId_friendlyName_key" ON "VCenterServer"("vaultId", "friendlyName");

-- CreateIndex
CREATE UNIQUE INDEX "EsxiHost_vcenterId_name_key" ON "EsxiHost"("vcenterId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Datastore_vcenterId_symbolicName_key" ON "Datastore"("vcenterId", "symbolicName");

-- CreateIndex
CREATE UNIQUE INDEX "MasterTargetServer_vaultId_name_key" ON "MasterTargetServer"("vaultId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "MasterTargetVolume_masterTargetId_volumeName_key" ON "MasterTargetVolume"("masterTargetId", "volumeName");

-- CreateIndex
CREATE UNIQUE INDEX "ReplicationPolicy_forwardPolicyId_key" ON "ReplicationPolicy"("forwardPolicyId");

-- CreateIndex
CREATE UNIQUE INDEX "ReplicationPolicy_vaultId_friendlyName_key" ON "ReplicationPolicy"("vaultId", "friendlyName");

-- CreateIndex
CREATE UNIQUE INDEX "ReplicationGroup_vaultId_name_key" ON "ReplicationGroup"("vaultId", "name");

-- CreateIndex
CREATE INDEX "ReplicatedItem_vaultId_protectionState_idx" ON "ReplicatedItem"("vaultId", "protectionState");

-- CreateIndex
CREATE INDEX "ReplicatedItem_vaultId_osType_idx" ON "ReplicatedItem"("vaultId", "osType");

-- CreateIndex
CREATE UNIQUE INDEX "ReplicatedItem_vaultId_friendlyName_key" ON "ReplicatedItem"("vaultId", "friendlyName");

-- CreateIndex
CREATE INDEX "RecoveryPoint_itemId_time_idx" ON "RecoveryPoint"("itemId", "time");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryPlan_vaultId_friendlyName_key" ON "RecoveryPlan"("vaultId", "friendlyName");

-- CreateIndex
CREATE UNIQUE INDEX "RecoveryPlanGroup_planId_order_key" ON "RecoveryPlanGroup"("planId", "order");

-- CreateIndex
CREATE INDEX "Job_vaultId_createdAt_idx" ON "Job"("vaultId", "createdAt");

-- CreateIndex
CREATE INDEX "Job_state_createdAt_idx" ON "Job"("state", "createdAt");

-- CreateIndex
CREATE INDEX "Job_replicatedItemId_idx" ON "Job"("replicatedItemId");

-- CreateIndex
CREATE UNIQUE INDEX "JobTask_jobId_order_key" ON "JobTask"("jobId", "order");

-- AddForeignKey
ALTER TABLE "ConfigurationServer" ADD CONSTRAINT "ConfigurationServer_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessServer" ADD CONSTRAINT "ProcessServer_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProcessServer" ADD CONSTRAINT "ProcessServer_configurationServerId_fkey" FOREIGN KEY ("configurationServerId") REFERENCES "ConfigurationServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VCenterServer" ADD CONSTRAINT "VCenterServer_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VCenterServer" ADD CONSTRAINT "VCenterServer_configurationServerId_fkey" FOREIGN KEY ("configurationServerId") REFERENCES "ConfigurationServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EsxiHost" ADD CONSTRAINT "EsxiHost_vcenterId_fkey" FOREIGN KEY ("vcenterId") REFERENCES "VCenterServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Datastore" ADD CONSTRAINT "Datastore_vcenterId_fkey" FOREIGN KEY ("vcenterId") REFERENCES "VCenterServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatastoreMount" ADD CONSTRAINT "DatastoreMount_hostId_fkey" FOREIGN KEY ("hostId") REFERENCES "EsxiHost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DatastoreMount" ADD CONSTRAINT "DatastoreMount_datastoreId_fkey" FOREIGN KEY ("datastoreId") REFERENCES "Datastore"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MasterTargetServer" ADD CONSTRAINT "MasterTargetServer_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MasterTargetServer" ADD CONSTRAINT "MasterTargetServer_configurationServerId_fkey" FOREIGN KEY ("configurationServerId") REFERENCES "ConfigurationServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MasterTargetServer" ADD CONSTRAINT "MasterTargetServer_esxiHostId_fkey" FOREIGN KEY ("esxiHostId") REFERENCES "EsxiHost"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MasterTargetVolume" ADD CONSTRAINT "MasterTargetVolume_masterTargetId_fkey" FOREIGN KEY ("masterTargetId") REFERENCES "MasterTargetServer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPolicy" ADD CONSTRAINT "ReplicationPolicy_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPolicy" ADD CONSTRAINT "ReplicationPolicy_configurationServerId_fkey" FOREIGN KEY ("configurationServerId") REFERENCES "ConfigurationServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationPolicy" ADD CONSTRAINT "ReplicationPolicy_forwardPolicyId_fkey" FOREIGN KEY ("forwardPolicyId") REFERENCES "ReplicationPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicationGroup" ADD CONSTRAINT "ReplicationGroup_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_configurationServerId_fkey" FOREIGN KEY ("configurationServerId") REFERENCES "ConfigurationServer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_forwardPolicyId_fkey" FOREIGN KEY ("forwardPolicyId") REFERENCES "ReplicationPolicy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_replicationGroupId_fkey" FOREIGN KEY ("replicationGroupId") REFERENCES "ReplicationGroup"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_masterTargetId_fkey" FOREIGN KEY ("masterTargetId") REFERENCES "MasterTargetServer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_processServerId_fkey" FOREIGN KEY ("processServerId") REFERENCES "ProcessServer"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_datastoreId_fkey" FOREIGN KEY ("datastoreId") REFERENCES "Datastore"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_retentionVolumeId_fkey" FOREIGN KEY ("retentionVolumeId") REFERENCES "MasterTargetVolume"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItem" ADD CONSTRAINT "ReplicatedItem_failbackPolicyId_fkey" FOREIGN KEY ("failbackPolicyId") REFERENCES "ReplicationPolicy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItemDatastore" ADD CONSTRAINT "ReplicatedItemDatastore_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReplicatedItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReplicatedItemDatastore" ADD CONSTRAINT "ReplicatedItemDatastore_datastoreId_fkey" FOREIGN KEY ("datastoreId") REFERENCES "Datastore"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryPoint" ADD CONSTRAINT "RecoveryPoint_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReplicatedItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryPlan" ADD CONSTRAINT "RecoveryPlan_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryPlanGroup" ADD CONSTRAINT "RecoveryPlanGroup_planId_fkey" FOREIGN KEY ("planId") REFERENCES "RecoveryPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryPlanGroupItem" ADD CONSTRAINT "RecoveryPlanGroupItem_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RecoveryPlanGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecoveryPlanGroupItem" ADD CONSTRAINT "RecoveryPlanGroupItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ReplicatedItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_vaultId_fkey" FOREIGN KEY ("vaultId") REFERENCES "Vault"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_replicatedItemId_fkey" FOREIGN KEY ("replicatedItemId") REFERENCES "ReplicatedItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_recoveryPlanId_fkey" FOREIGN KEY ("recoveryPlanId") REFERENCES "RecoveryPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Job" ADD CONSTRAINT "Job_parentJobId_fkey" FOREIGN KEY ("parentJobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobTask" ADD CONSTRAINT "JobTask_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobError" ADD CONSTRAINT "JobError_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JobError" ADD CONSTRAINT "JobError_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "JobTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;
