import 'server-only';
import type { ReplicationHealth } from '../generated/prisma/client';
import { DEMO_CS } from './demo-fabric';
import { OS, type OsProfile } from './values';

/**
 * committed: failed over to Azure and committed (ready for reprotect);
 * pending: failed over, commit not done yet; forward: still replicating to Azure;
 * reprotected: already replicating back to on-premises (ready to fail back);
 * failedBack: failed back to on-premises, commit pending;
 * committedOnPremises: failed back and committed (ready for reprotect to Azure).
 */
export type DemoItemStage = 'committed' | 'pending' | 'forward' | 'reprotected' | 'failedBack' | 'committedOnPremises';

export interface DemoItemSpec {
  name: string;
  os: OsProfile;
  diskCount: number;
  /** Source datastores of the on-premises VM; empty when the VM was deleted. */
  datastores: string[];
  stage: DemoItemStage;
  sourceVmPresent: boolean;
  azureVmRunning: boolean;
  canReachConfigurationServer: boolean;
  agentRegistered: boolean;
  templateName: string | null;
  replicationGroup: string | null;
  replicationHealth: ReplicationHealth;
  rpoInSeconds: number | null;
  reprotect: { masterTarget: string; retentionVolume: string; datastore: string } | null;
  memoryGb: number;
  inConfigurationServerDatabase: boolean;
  /** A VM that booted on-premises a moment ago: its agent registers in this many minutes. */
  agentRegistersInMinutes: number | null;
}

export const FINANCE_GROUP = 'rg-finance';
export const WIN_TEMPLATE = 'tmpl-win2016-std';

function vm(
  name: string,
  os: OsProfile,
  diskCount: number,
  datastores: string[],
  extra: Partial<DemoItemSpec> = {},
): DemoItemSpec {
  return {
    name,
    os,
    diskCount,
    datastores,
    stage: 'committed',
    sourceVmPresent: datastores.length > 0,
    azureVmRunning: true,
    canReachConfigurationServer: true,
    agentRegistered: true,
    templateName: null,
    replicationGroup: null,
    replicationHealth: 'Normal',
    rpoInSeconds: null,
    reprotect: null,
    memoryGb: 8,
    inConfigurationServerDatabase: true,
    agentRegistersInMinutes: null,
    ...extra,
  };
}

const VMFS1 = 'ds-vmfs-01';
const VMFS2 = 'ds-vmfs-02';
const VMFS3 = 'ds-vmfs-03';
const VSAN = 'ds-vsan-01';
const finance = { replicationGroup: FINANCE_GROUP };

/** Reprotected to on-premises through this master target (retention on its default drive). */
function reprotectedTo(masterTarget: string, datastore: string): Partial<DemoItemSpec> {
  const retentionVolume = masterTarget.startsWith('mt-lnx') ? '/mnt/retention' : 'R:';
  return { stage: 'reprotected', rpoInSeconds: 120, reprotect: { masterTarget, retentionVolume, datastore } };
}

/** The ESXi host each datastore's VMs run on: the host that mounts it read-write. */
export const DATASTORE_HOSTS: Record<string, 'esx-01.contoso.local' | 'esx-02.contoso.local'> = {
  [VMFS1]: 'esx-01.contoso.local',
  [VMFS2]: 'esx-02.contoso.local',
  [VMFS3]: 'esx-02.contoso.local',
  [VSAN]: 'esx-01.contoso.local',
};

export const DEMO_ITEMS: DemoItemSpec[] = [
  // Finance: the multi-VM consistency group and two more VMs of its recovery plan.
  vm('fin-sql-01', OS.ws2016, 4, [VMFS1], { ...finance, memoryGb: 32 }),
  vm('fin-app-01', OS.ws2016, 2, [VMFS1], finance),
  vm('fin-web-01', OS.ws2016, 2, [VMFS1], finance),
  vm('fin-report-01', OS.ws2012r2, 3, [VMFS2]),
  vm('fin-batch-01', OS.ws2016, 2, [VSAN]),
  // Web tier, Windows and Linux.
  vm('web-iis-01', OS.ws2016, 1, [VSAN]),
  vm('web-iis-02', OS.ws2016, 1, [VSAN]),
  vm('web-iis-03', OS.ws2019, 1, [VMFS2]),
  vm('web-nginx-01', OS.ubuntu1804, 1, [VMFS1]),
  vm('web-nginx-02', OS.ubuntu1804, 1, [VMFS2]),
  vm('web-nginx-03', OS.ubuntu1604, 1, [VSAN]),
  // Line-of-business and infrastructure servers.
  vm('erp-db-01', OS.ws2019, 8, [VMFS2], { memoryGb: 64 }),
  vm('erp-app-01', OS.ws2019, 2, [VMFS2]),
  vm('erp-app-02', OS.ws2019, 2, [VMFS2]),
  vm('hr-app-01', OS.ws2016, 2, [VSAN], { templateName: WIN_TEMPLATE }),
  vm('hr-db-01', OS.ws2016, 4, [VSAN], { memoryGb: 32 }),
  vm('print-01', OS.ws2016, 1, [VMFS1], { templateName: WIN_TEMPLATE }),
  vm('dc-01', OS.ws2016, 1, [VMFS1]),
  vm('dc-02', OS.ws2019, 1, [VMFS2]),
  vm('file-01', OS.ws2012r2, 16, [VMFS1, VSAN]),
  vm('file-02', OS.ws2012r2, 6, [VMFS2]),
  vm('sccm-01', OS.ws2016, 3, [VMFS3]),
  vm('jenkins-01', OS.ubuntu1804, 3, [VMFS1]),
  vm('k8s-master-01', OS.ubuntu1804, 2, [VSAN]),
  vm('k8s-node-01', OS.ubuntu1804, 2, [VSAN]),
  vm('k8s-node-02', OS.ubuntu1804, 2, [VSAN]),
  vm('k8s-node-03', OS.ubuntu1804, 2, [VMFS2]),
  vm('k8s-node-04', OS.ubuntu1804, 2, [VMFS2]),
  vm('mon-prometheus-01', OS.centos7, 4, [VMFS1]),
  vm('log-elk-01', OS.rhel79, 6, [VMFS2]),
  vm('ora-db-01', OS.rhel79, 8, [VMFS2], { memoryGb: 64 }),
  // A newer Ubuntu release than any Linux master target runs.
  vm('git-01', OS.ubuntu2004, 2, [VSAN]),
  // One blocking condition each on the Azure side.
  vm('app-stopped-01', OS.ws2016, 2, [VMFS1], { azureVmRunning: false }),
  vm('app-isolated-01', OS.ws2016, 2, [VSAN], { canReachConfigurationServer: false }),
  vm('app-newboot-01', OS.ws2019, 2, [VMFS2], { agentRegistered: false }),
  // Deleted on-premises after failover: reprotect recovers them to an alternate location.
  vm('legacy-app-01', OS.ws2012r2, 2, []),
  vm('legacy-app-02', OS.ws2012r2, 3, []),
  vm('test-web-01', OS.ws2016, 1, []),
  vm('bi-etl-01', OS.ws2019, 4, []),
  vm('dev-api-01', OS.ubuntu1604, 1, []),
  vm('dev-api-02', OS.centos7, 2, []),
  // Failed over, commit still pending.
  vm('crm-app-01', OS.ws2016, 2, [VMFS1], { stage: 'pending' }),
  vm('crm-db-01', OS.ws2016, 4, [VMFS1], { stage: 'pending' }),
  vm('crm-web-01', OS.ubuntu1804, 1, [VSAN], { stage: 'pending' }),
  // Still replicating to Azure.
  vm('sp-app-01', OS.ws2016, 2, [VMFS2], { stage: 'forward', rpoInSeconds: 312 }),
  vm('sp-db-01', OS.ws2016, 5, [VMFS2], { stage: 'forward', rpoInSeconds: 428 }),
  vm('wiki-01', OS.ubuntu1804, 1, [VSAN], { stage: 'forward', rpoInSeconds: 95 }),
  vm('backup-01', OS.ws2012r2, 8, [VMFS3], {
    stage: 'forward',
    rpoInSeconds: 4210,
    replicationHealth: 'Warning',
  }),
  vm('proxy-01', OS.centos7, 1, [VMFS1], { stage: 'forward', rpoInSeconds: 140 }),
  // Already reprotected back to on-premises.
  vm('intranet-01', OS.ws2016, 2, [VMFS1], {
    stage: 'reprotected',
    rpoInSeconds: 210,
    reprotect: { masterTarget: DEMO_CS, retentionVolume: 'R:', datastore: VMFS1 },
  }),
  vm('mon-grafana-01', OS.ubuntu1804, 1, [VSAN], {
    stage: 'reprotected',
    rpoInSeconds: 185,
    reprotect: { masterTarget: 'mt-lnx-01', retentionVolume: '/mnt/retention', datastore: VSAN },
  }),
  // Reprotected, each with one condition that refuses (or fails) its failback.
  // Its first synchronisation has not produced a recovery point yet (no RPO either).
  vm('fb-nopoint-01', OS.ws2019, 2, [VMFS2], { ...reprotectedTo('mt-win-02', VMFS2), rpoInSeconds: null }),
  vm('fb-unhealthy-01', OS.ws2016, 2, [VMFS1], { ...reprotectedTo(DEMO_CS, VMFS1), replicationHealth: 'Critical', rpoInSeconds: 5_400 }),
  vm('fb-notincs-01', OS.ws2016, 1, [VMFS1], { ...reprotectedTo(DEMO_CS, VMFS1), inConfigurationServerDatabase: false }),
  vm('fb-mtsnap-01', OS.ws2019, 2, [VMFS2], reprotectedTo('mt-win-snap', VMFS2)),
  // Needs more memory than its ESXi host has free: its failback fails with 8038.
  vm('fb-bigmem-01', OS.ws2019, 4, [VMFS2], { ...reprotectedTo('mt-win-02', VMFS2), memoryGb: 384 }),
  // Failed back to on-premises: the commit is pending, the Azure VM still exists, shut down.
  vm('fb-pending-01', OS.ws2016, 2, [VMFS1], { ...reprotectedTo(DEMO_CS, VMFS1), stage: 'failedBack', azureVmRunning: false, rpoInSeconds: null }),
  // Failed back and committed: ready for reprotect to Azure, one of them booted a moment ago.
  vm('fb-committed-01', OS.ws2019, 2, [VMFS2], { stage: 'committedOnPremises', azureVmRunning: false }),
  vm('fb-newboot-01', OS.ws2016, 1, [VMFS1], { stage: 'committedOnPremises', azureVmRunning: false, agentRegistered: false, agentRegistersInMinutes: 12 }),
];

export const DEMO_PLANS: Array<{ name: string; boot: string[] }> = [
  { name: 'rp-finance', boot: ['fin-sql-01', 'fin-app-01', 'fin-web-01', 'fin-report-01', 'fin-batch-01'] },
  { name: 'rp-web-tier', boot: ['web-iis-01', 'web-iis-02', 'web-iis-03', 'web-nginx-01', 'web-nginx-02'] },
];
