import { SUPPORTED_DATASTORE_TYPES } from './constants';
import type { DatastoreFacts, ItemFacts, MasterTargetFacts } from './facts';
import { inform, refuse, type Reason } from './reasons';

const FIELD = 'datastoreId' as const;

/** Datastores the master target's ESXi host mounts: the only ones the blade offers. */
export function datastoresVisibleTo(mt: MasterTargetFacts, datastores: DatastoreFacts[]): DatastoreFacts[] {
  return datastores.filter((ds) => ds.mounts.some((mount) => mount.hostId === mt.esxiHost.id));
}

export function datastoreReasons(ds: DatastoreFacts, mt: MasterTargetFacts): Reason[] {
  const subject = { kind: 'datastore', id: ds.id } as const;
  const reasons: Reason[] = [];
  const mount = ds.mounts.find((m) => m.hostId === mt.esxiHost.id);
  if (!mount) {
    reasons.push(refuse('DATASTORE_NOT_VISIBLE', FIELD, `${ds.symbolicName} is not mounted on ${mt.esxiHost.name}, the host of ${mt.name}.`, subject));
  } else if (mount.access !== 'ReadWrite') {
    reasons.push(refuse('DATASTORE_READ_ONLY', FIELD, `${ds.symbolicName} is mounted read-only on ${mt.esxiHost.name}; disks cannot be created on it.`, subject));
  }
  if (!(SUPPORTED_DATASTORE_TYPES as readonly string[]).includes(ds.type)) {
    reasons.push(refuse('DATASTORE_NFS', FIELD, `${ds.symbolicName} is an ${ds.type} datastore; failback supports only VMFS and vSAN datastores.`, subject));
  }
  return reasons;
}

/**
 * What the Datastore choice means for this VM, given the chosen master target.
 * An existing on-premises VM keeps its disks, so the choice is ignored, but the
 * MT's host must be able to write to them; a deleted VM is recreated beside the MT.
 */
export function datastorePlacementReasons(
  item: ItemFacts,
  mt: MasterTargetFacts,
  datastores: DatastoreFacts[],
): Reason[] {
  if (!item.sourceVmPresent) {
    return [
      inform(
        'DATASTORE_ALTERNATE_LOCATION',
        FIELD,
        `The on-premises VM ${item.name} was deleted: this is recovery to an alternate location. A new VM will be created in vCenter on ${mt.esxiHost.name}, the ESXi host of ${mt.name}, with its disks on the datastore chosen here.`,
      ),
    ];
  }
  const reasons: Reason[] = [
    inform(
      'DATASTORE_IGNORED',
      FIELD,
      `The disks of ${item.name} already exist on-premises, so this choice is ignored; a value is still required.`,
    ),
  ];
  for (const source of item.sourceDatastores) {
    const ds = datastores.find((candidate) => candidate.id === source.id);
    const mount = ds?.mounts.find((m) => m.hostId === mt.esxiHost.id);
    if (mount?.access === 'ReadWrite') continue;
    const how = mount ? 'is mounted read-only on' : 'is not mounted on';
    reasons.push(
      refuse(
        'SOURCE_DATASTORE_NOT_WRITABLE',
        FIELD,
        `The on-premises VM's datastore ${source.symbolicName} ${how} ${mt.esxiHost.name}, the host of ${mt.name}. ` +
          'It must be mounted read-write there so that the master target can write to the VM\'s disks; mount it read-write or choose a master target on another host.',
        { kind: 'datastore', id: source.id },
      ),
    );
  }
  return reasons;
}
