import type { DatastoreFacts, MasterTargetFacts, ProcessServerFacts, SiteConnectivity } from '../domain/reprotect/facts';

// A vault's VMware fabric as lib/data reads it and lib/arm translates it into the service's
// resources: one per configuration server, with its process servers, master target servers and
// the datastores they see, and the vCenters it discovered.

export interface FabricSource {
  configurationServer: { id: string; friendlyName: string; ipAddress: string; agentVersion: string; connected: boolean; lastHeartbeat: Date };
  location: string;
  connectivity: SiteConnectivity;
  processServers: Array<ProcessServerFacts & { ipAddress: string; osType: string; agentVersion: string; agentResponding: boolean; totalSpaceInBytes: number; availableSpaceInBytes: number; machineCount: number }>;
  masterTargets: Array<MasterTargetFacts & { ipAddress: string; agentVersion: string }>;
  datastores: DatastoreFacts[];
  datastoreUuids: ReadonlyMap<string, string>;
  now: Date;
}

export interface VCenterSource {
  id: string;
  friendlyName: string;
  ipAddress: string;
  version: string;
  fabricName: string;
  lastHeartbeat: Date;
}
