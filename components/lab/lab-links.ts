import type { MasterTargetCheckKey } from '@/lib/domain/reprotect/master-target-checks';

// The site lab lives outside the vault: links from the vault's pages to the place
// in the lab where the thing they show is fixed.

export function labPath(vaultName: string, anchor?: string): string {
  const base = `/lab/${encodeURIComponent(vaultName)}`;
  return anchor ? `${base}#${anchor}` : base;
}

export function labMasterTargetPath(vaultName: string, masterTargetId: string, anchor?: string): string {
  const base = `${labPath(vaultName)}/master-targets/${encodeURIComponent(masterTargetId)}`;
  return anchor ? `${base}#${anchor}` : base;
}

export const LAB_ANCHORS = {
  connectivity: 'connectivity',
  datastoreMounts: 'datastore-mounts',
  processServers: 'register-process-server',
  masterTargets: 'register-master-target',
  failedOverVms: 'failed-over-vms',
  volumes: 'volumes',
} as const;

/** Where each failed master target check is fixed; null where only a new master target helps. */
export function masterTargetFixHref(vaultName: string, masterTargetId: string, check: MasterTargetCheckKey): string | null {
  switch (check) {
    case 'vmwareTools':
    case 'diskEnableUuid':
    case 'snapshots':
    case 'scsiController':
    case 'heartbeat':
      return labMasterTargetPath(vaultName, masterTargetId, check);
    case 'storageVMotion':
    case 'operatingSystem':
    case 'rootOnLvm':
    case 'template':
    case 'location':
      return labPath(vaultName, LAB_ANCHORS.masterTargets);
    case 'diskLimit':
      return null;
  }
}
