import type { JobState } from './jobs/job-state';
import { HEARTBEAT_STALE_AFTER_MINUTES } from './reprotect/constants';

// How the portal words and colours the state of replicated items, servers and jobs.
// Kept free of React so that pages, route handlers and tests share one wording.

export const PROTECTION_STATES = [
  'Protected',
  'UnplannedFailoverInProgress',
  'UnplannedFailoverCommitPendingStatesBegin',
  'UnplannedFailoverCommitted',
  'UnplannedFailoverFailed',
  'ReprotectInProgress',
] as const;
export type ProtectionStateName = (typeof PROTECTION_STATES)[number];

export const REPLICATION_HEALTHS = ['Normal', 'Warning', 'Critical', 'None'] as const;
export type ReplicationHealthName = (typeof REPLICATION_HEALTHS)[number];

export const OS_TYPES = ['Windows', 'Linux'] as const;
export type OsTypeName = (typeof OS_TYPES)[number];

export const ACTIVE_LOCATIONS = ['Primary', 'Recovery'] as const;
export type ActiveLocationName = (typeof ACTIVE_LOCATIONS)[number];

export type StatusTone = 'success' | 'warning' | 'danger' | 'informative' | 'neutral';

// The service reports the commit-pending state under a long internal name; the portal
// shows protectionStateDescription, which is what operators search for.
const PROTECTION_STATE_DESCRIPTIONS: Record<ProtectionStateName, string> = {
  Protected: 'Protected',
  UnplannedFailoverInProgress: 'Failover in progress',
  UnplannedFailoverCommitPendingStatesBegin: 'Failover completed',
  UnplannedFailoverCommitted: 'Failover committed',
  UnplannedFailoverFailed: 'Failover failed',
  ReprotectInProgress: 'Reprotect in progress',
};

export function protectionStateDescription(state: ProtectionStateName): string {
  return PROTECTION_STATE_DESCRIPTIONS[state];
}

const PROTECTION_STATE_TONES: Record<ProtectionStateName, StatusTone> = {
  Protected: 'success',
  UnplannedFailoverInProgress: 'informative',
  UnplannedFailoverCommitPendingStatesBegin: 'warning',
  UnplannedFailoverCommitted: 'informative',
  UnplannedFailoverFailed: 'danger',
  ReprotectInProgress: 'informative',
};

export function protectionStateTone(state: ProtectionStateName): StatusTone {
  return PROTECTION_STATE_TONES[state];
}

// "Normal" is the API value; the portal calls it Healthy. "None" means the service
// has no health to report (e.g. right after failover), shown as a dash.
const REPLICATION_HEALTH_LABELS: Record<ReplicationHealthName, string> = {
  Normal: 'Healthy',
  Warning: 'Warning',
  Critical: 'Critical',
  None: '—',
};

export function replicationHealthLabel(health: ReplicationHealthName): string {
  return REPLICATION_HEALTH_LABELS[health];
}

/** In totals (the overview tiles) a dash would read as a missing number, so None gets words. */
export function replicationHealthSummaryLabel(health: ReplicationHealthName): string {
  return health === 'None' ? 'Not applicable' : REPLICATION_HEALTH_LABELS[health];
}

const REPLICATION_HEALTH_TONES: Record<ReplicationHealthName, StatusTone> = {
  Normal: 'success',
  Warning: 'warning',
  Critical: 'danger',
  None: 'neutral',
};

export function replicationHealthTone(health: ReplicationHealthName): StatusTone {
  return REPLICATION_HEALTH_TONES[health];
}

/** Primary is the on-premises VMware site; Recovery is Azure (after a failover). */
export function activeLocationLabel(location: ActiveLocationName): string {
  return location === 'Primary' ? 'On-premises' : 'Azure';
}

/** RPO as the portal prints it: "45 sec", "2 min", "1 hr 10 min"; a dash when unknown. */
export function formatRpo(rpoInSeconds: number | null): string {
  if (rpoInSeconds === null || rpoInSeconds < 0) return '—';
  if (rpoInSeconds < 60) return `${rpoInSeconds} sec`;
  const minutes = Math.floor(rpoInSeconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} hr` : `${hours} hr ${rest} min`;
}

const JOB_STATE_LABELS: Record<JobState, string> = {
  NotStarted: 'Not started',
  InProgress: 'In progress',
  Succeeded: 'Successful',
  Failed: 'Failed',
  Cancelled: 'Cancelled',
  Suspended: 'Waiting for input',
};

export function jobStateLabel(state: JobState): string {
  return JOB_STATE_LABELS[state];
}

const JOB_STATE_TONES: Record<JobState, StatusTone> = {
  NotStarted: 'neutral',
  InProgress: 'informative',
  Succeeded: 'success',
  Failed: 'danger',
  Cancelled: 'neutral',
  Suspended: 'warning',
};

export function jobStateTone(state: JobState): StatusTone {
  return JOB_STATE_TONES[state];
}

export interface InfrastructureServerSignal {
  lastHeartbeat: Date | string;
  /** Process servers report a health; other server roles do not. */
  health?: 'Healthy' | 'Warning' | 'Critical';
  /** Configuration servers report whether the vault can reach them. */
  connected?: boolean;
}

export function isHeartbeatStale(lastHeartbeat: Date | string, now: Date): boolean {
  const ageMs = now.getTime() - new Date(lastHeartbeat).getTime();
  return ageMs > HEARTBEAT_STALE_AFTER_MINUTES * 60_000;
}

/** A server counts as healthy only when it is heard from, connected and reports no problem. */
export function isInfrastructureServerHealthy(server: InfrastructureServerSignal, now: Date): boolean {
  if (isHeartbeatStale(server.lastHeartbeat, now)) return false;
  if (server.connected === false) return false;
  return server.health === undefined || server.health === 'Healthy';
}
