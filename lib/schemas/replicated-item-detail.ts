import type { ActiveLocationName, OsTypeName, ProtectionStateName, ReplicationHealthName } from '@/lib/domain/protection-status';
import type { JobState } from '@/lib/domain/jobs/job-state';

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
  azureVmRunning: boolean;
  agentRegistered: boolean;
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
