// What the Recovery plans pages show: returned by lib/data/recovery-plans.ts to the
// server-rendered pages and, as JSON, by the GET routes the pages poll.
import type { JobState } from '@/lib/domain/jobs/job-state';
import type { ActiveLocationName, OsTypeName, ProtectionStateName, StatusTone } from '@/lib/domain/protection-status';

export interface PlanJobSummary {
  id: string;
  name: string;
  scenarioName: string;
  state: JobState;
  stateDescription: string | null;
  progress: number;
  cancelRequested: boolean;
  startTime: string | null;
  endTime: string | null;
}

export interface RecoveryPlanRow {
  id: string;
  name: string;
  machineCount: number;
  groupCount: number;
  /** Names of the replication groups among its machines. */
  replicationGroups: string[];
  lastJob: PlanJobSummary | null;
}

/** A machine's job under the plan's latest operation. */
export interface MachineJobSummary {
  id: string;
  /** The job's name: Reprotect, Failover, Commit. */
  name: string;
  state: JobState;
  progress: number;
  /** The task running now, by its friendly name. */
  currentTask: string | null;
}

export interface RecoveryPlanMachine {
  id: string;
  name: string;
  osType: OsTypeName;
  /** The OS as the portal shows it, distribution and version: "Ubuntu 18.04", "Windows Server 2012 R2". */
  osName: string;
  protectionState: ProtectionStateName;
  activeLocation: ActiveLocationName;
  /** The configuration server it replicates through: its fabric in the automation API. */
  configurationServerId: string;
  statusText: string;
  statusTone: StatusTone;
  replicationGroup: { id: string; name: string } | null;
  job: MachineJobSummary | null;
}

export interface RecoveryPlanGroupView {
  id: string;
  title: string;
  groupType: 'Shutdown' | 'Failover' | 'Boot';
  machines: RecoveryPlanMachine[];
}

export interface RecoveryPlanDetail {
  id: string;
  name: string;
  machineCount: number;
  groups: RecoveryPlanGroupView[];
  /** The plan's latest reprotect, while it is its latest operation. */
  latestReprotect: PlanJobSummary | null;
  /** The plan's latest operation (reprotect, failover or commit), with its machines' jobs in the groups. */
  latestOperation: PlanJobSummary | null;
  reprotect: CommandState;
  /** Which way Re-Protect goes now: to on-premises, or to Azure after failback. */
  reprotectDirection: 'RecoveryToPrimary' | 'PrimaryToRecovery' | null;
  failover: CommandState;
  commit: CommandState;
}

export interface CommandState {
  enabled: boolean;
  reason?: string;
}
