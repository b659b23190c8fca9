// The rules tested here, each with its source ("article:" quoted, "service:" described), are listed in docs/reprotect-rules.md.
import { describe, expect, it } from 'vitest';
import { datastorePlacementReasons, datastoreReasons, datastoresVisibleTo } from './datastore-rules';
import type { DatastoreType } from './facts';
import { ESXI_HOST, OTHER_ESXI_HOST, aDatastore, aMasterTarget, aWindowsItem, codes } from './test-fixtures';

const mt = aMasterTarget();
const onMtHost = (access: 'ReadWrite' | 'ReadOnly' = 'ReadWrite') => ({ hostId: ESXI_HOST.id, hostName: ESXI_HOST.name, access });
const onOtherHost = (access: 'ReadWrite' | 'ReadOnly' = 'ReadWrite') => ({
  hostId: OTHER_ESXI_HOST.id,
  hostName: OTHER_ESXI_HOST.name,
  access,
});

describe('datastore rules', () => {
  it("service: only the datastores mounted on the MT's ESXi host are listed", () => {
    const datastores = [
      aDatastore({ id: 'ds-here', mounts: [onMtHost()] }),
      aDatastore({ id: 'ds-elsewhere', mounts: [onOtherHost()] }),
      aDatastore({ id: 'ds-both', mounts: [onOtherHost(), onMtHost('ReadOnly')] }),
      aDatastore({ id: 'ds-unmounted', mounts: [] }),
    ];
    expect(datastoresVisibleTo(mt, datastores).map((ds) => ds.id)).toEqual(['ds-here', 'ds-both']);
    expect(datastoresVisibleTo(aMasterTarget({ esxiHost: { ...OTHER_ESXI_HOST } }), datastores).map((ds) => ds.id)).toEqual([
      'ds-elsewhere',
      'ds-both',
    ]);
  });

  describe('service: only VMFS or vSAN datastores are supported for failback, not NFS', () => {
    it.each<{ type: DatastoreType; refused: boolean }>([
      { type: 'NFS', refused: true },
      { type: 'VMFS', refused: false },
      { type: 'vSAN', refused: false },
    ])('$type refused: $refused', ({ type, refused }) => {
      const reasons = datastoreReasons(aDatastore({ type, symbolicName: 'ds-x' }), mt);
      expect(codes(reasons)).toEqual(refused ? ['DATASTORE_NFS'] : []);
      if (refused) {
        expect(reasons[0]).toMatchObject({ severity: 'error', field: 'datastoreId' });
        expect(reasons[0]?.message).toContain('ds-x is an NFS datastore');
      }
    });
  });

  it("a datastore mounted read-only on the MT's host cannot take new disks", () => {
    const reasons = datastoreReasons(aDatastore({ symbolicName: 'ds-ro', mounts: [onMtHost('ReadOnly')] }), mt);
    expect(codes(reasons)).toEqual(['DATASTORE_READ_ONLY']);
    expect(reasons[0]?.message).toContain(`ds-ro is mounted read-only on ${ESXI_HOST.name}`);
  });

  it("a datastore not mounted on the MT's host is refused as not visible", () => {
    const reasons = datastoreReasons(aDatastore({ mounts: [onOtherHost()] }), mt);
    expect(codes(reasons)).toEqual(['DATASTORE_NOT_VISIBLE']);
    expect(reasons[0]?.message).toContain(`is not mounted on ${ESXI_HOST.name}, the host of mt-win-01`);
  });

  describe("article: an existing on-premises VM's datastore must be mounted on the MT's host with read write access", () => {
    const item = aWindowsItem({ sourceVmPresent: true, sourceDatastores: [{ id: 'ds-src', symbolicName: 'vmfs-src' }] });

    it('read-write: the datastore choice is only ignored (info), nothing refused', () => {
      const reasons = datastorePlacementReasons(item, mt, [aDatastore({ id: 'ds-src', mounts: [onMtHost('ReadWrite')] })]);
      expect(codes(reasons)).toEqual(['DATASTORE_IGNORED']);
      expect(reasons[0]).toMatchObject({ severity: 'info', field: 'datastoreId' });
      expect(reasons[0]?.message).toContain('this choice is ignored; a value is still required');
    });

    it('read-only on the MT host: refused', () => {
      const reasons = datastorePlacementReasons(item, mt, [aDatastore({ id: 'ds-src', mounts: [onMtHost('ReadOnly')] })]);
      expect(codes(reasons)).toEqual(['DATASTORE_IGNORED', 'SOURCE_DATASTORE_NOT_WRITABLE']);
      expect(reasons[1]).toMatchObject({ severity: 'error', field: 'datastoreId', subject: { kind: 'datastore', id: 'ds-src' } });
      expect(reasons[1]?.message).toContain(`vmfs-src is mounted read-only on ${ESXI_HOST.name}`);
    });

    it('mounted read-write only on another host: refused as not mounted', () => {
      const reasons = datastorePlacementReasons(item, mt, [aDatastore({ id: 'ds-src', mounts: [onOtherHost('ReadWrite')] })]);
      expect(codes(reasons)).toEqual(['DATASTORE_IGNORED', 'SOURCE_DATASTORE_NOT_WRITABLE']);
      expect(reasons[1]?.message).toContain(`vmfs-src is not mounted on ${ESXI_HOST.name}`);
    });

    it('unknown to the fabric: refused as not mounted', () => {
      const reasons = datastorePlacementReasons(item, mt, []);
      expect(codes(reasons)).toEqual(['DATASTORE_IGNORED', 'SOURCE_DATASTORE_NOT_WRITABLE']);
    });

    it('every source datastore of the VM is checked', () => {
      const twoDisks = aWindowsItem({
        sourceDatastores: [
          { id: 'ds-a', symbolicName: 'vmfs-a' },
          { id: 'ds-b', symbolicName: 'vmfs-b' },
        ],
      });
      const reasons = datastorePlacementReasons(twoDisks, mt, [
        aDatastore({ id: 'ds-a', mounts: [onMtHost('ReadWrite')] }),
        aDatastore({ id: 'ds-b', mounts: [onMtHost('ReadOnly')] }),
      ]);
      expect(codes(reasons)).toEqual(['DATASTORE_IGNORED', 'SOURCE_DATASTORE_NOT_WRITABLE']);
      expect(reasons[1]?.message).toContain('vmfs-b');
    });
  });

  it("article: a deleted on-premises VM is recreated on the MT's ESX host (alternate location recovery)", () => {
    const item = aWindowsItem({ sourceVmPresent: false, sourceDatastores: [{ id: 'ds-src', symbolicName: 'vmfs-src' }] });
    const reasons = datastorePlacementReasons(item, mt, [aDatastore({ id: 'ds-src', mounts: [onMtHost('ReadOnly')] })]);
    expect(codes(reasons)).toEqual(['DATASTORE_ALTERNATE_LOCATION']);
    expect(reasons[0]).toMatchObject({ severity: 'info', field: 'datastoreId' });
    expect(reasons[0]?.message).toContain(`created in vCenter on ${ESXI_HOST.name}, the ESXi host of mt-win-01`);
  });
});
