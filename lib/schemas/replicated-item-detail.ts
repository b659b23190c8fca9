import type { ActiveLocationName, OsTypeName, ProtectionStateName, ReplicationHealthName } from '@/lib/domain/protection-status';
import type { JobState } from '@/lib/domain/jobs/job-state';
import type { CycleOperation } from '@/lib/domain/cycle/operations';

/** One replicated item as its page shows it; dates are ISO strings (JSON and RSC alike). */
export interface ReplicatedItemDetail {
  id: string;
  name: string;
  osType: OsTypeName;
  /** The OS as the portal shows it, distribution and version: "Ubuntu 18.04", "Windows Server 2012 R2". */
  osName: string;
  diskCount: number;
  protectionState: ProtectionStateName;
  activeLocation: ActiveLocationName;
  replicationHealth: ReplicationHealthName;
  rpoInSeconds: number | null;
  lastSuccessfulFailoverTime: string | null;
  azureVmName: string;
  /** False before the first failover to Azure, and once a failback is committed. */
  azureVmExists: boolean;
  azureVmRunning: boolean;
  agentRegistered: boolean;
  /** When the agent of a VM that just booted on-premises registers. */
  agentRegistersAt: string | null;
  failoverRecoveryPointTime: string | null;
  /** The service's allowedOperations for the item as it is now. */
  allowedOperations: CycleOperation[];
  /** While a failover waits for its commit: what the commit will remove. */
  commitRemoves: string | null;
  sourceVmPresent: boolean;
  sourceDatastores: string[];
  forwardPolicy: string;
  replicationGroup: string | null;
  recoveryPlans: { id: string; name: string }[];
  /** The reverse-replication settings, once a reprotect was submitted. */
  reprotect: {
    masterTarget: string | null;
    processServer: string | null;
    datastore: string | null;
    retentionVolume: string | null;
    failbackPolicy: { name: string; rpoMinutes: number; retentionMinutes: number; appConsistentMinutes: number } | null;
  } | null;
  recoveryPoints: {
    total: number;
    latest: { time: string; type: 'CrashConsistent' | 'AppConsistent' }[];
    latestAppConsistent: string | null;
    oldest: string | null;
  };
  recentJobs: { id: string; name: string; state: JobState; progress: number; startTime: string | null; endTime: string | null }[];
}
