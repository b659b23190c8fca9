import type { ProtectionStateName, ReplicationHealthName } from '../domain/protection-status';
import type { DatastoreFacts, MasterTargetFacts, ProcessServerFacts } from '../domain/reprotect/facts';

// What the infrastructure pages and the site lab show of each server: the facts the reprotect
// rules judge, with what an operator reads beside them. lib/data produces them; the client
// components render them.

export interface MasterTargetView extends MasterTargetFacts {
  ipAddress: string;
  agentVersion: string;
  agentResponding: boolean;
  isCombinedPsMt: boolean;
  configurationServerName: string;
}

export interface ProcessServerView extends ProcessServerFacts {
  ipAddress: string;
  osType: 'Windows' | 'Linux';
  agentVersion: string;
  agentResponding: boolean;
  reachableFromNetworks: string[];
  totalSpaceInBytes: number;
  availableSpaceInBytes: number;
  configurationServerName: string;
}

export interface DatastoreView extends DatastoreFacts {
  uuid: string;
  vcenterName: string;
}

export interface ConfigurationServerView {
  id: string;
  friendlyName: string;
  ipAddress: string;
  agentVersion: string;
  connected: boolean;
  lastHeartbeat: Date;
  processServerCount: number;
  masterTargetCount: number;
  vcenterCount: number;
  policyCount: number;
}

export interface VCenterView {
  id: string;
  friendlyName: string;
  ipAddress: string;
  version: string;
  configurationServerName: string;
  hosts: {
    id: string;
    name: string;
    version: string;
    memoryGb: number;
    masterTargets: { id: string; name: string }[];
    mounts: { datastoreId: string; datastoreName: string; type: 'VMFS' | 'vSAN' | 'NFS'; access: 'ReadWrite' | 'ReadOnly' }[];
  }[];
}

/** A VM whose active location is Azure: the lab acts on its Azure VM and agent. */
export interface FailedOverVm {
  id: string;
  name: string;
  azureVmName: string;
  azureVmRunning: boolean;
  agentRegistered: boolean;
}

/** The vCenter inventory the lab's forms choose from. */
export interface LabInventory {
  hosts: { id: string; name: string; vcenterName: string }[];
  datastores: { id: string; name: string; type: string; vcenterName: string }[];
}

/** What the lab's failback panels show: the site's connections, its hosts' memory, and the VMs of the failback cycle. */
export interface LabFailbackSite {
  vcenters: { id: string; name: string; connected: boolean }[];
  configurationServers: { id: string; name: string; connected: boolean }[];
  hosts: { id: string; name: string; memoryGb: number; freeMemoryGb: number }[];
  vms: {
    id: string;
    name: string;
    protectionState: ProtectionStateName;
    activeLocation: 'Primary' | 'Recovery';
    replicationHealth: ReplicationHealthName;
    inConfigurationServerDatabase: boolean;
    recoveryPointCount: number;
    agentRegistered: boolean;
    agentRegistersAt: Date | null;
    memoryGb: number;
  }[];
}
