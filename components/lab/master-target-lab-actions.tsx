'use client';

import { Button, Dropdown, Field, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import { changeMasterTargetAction } from '@/lib/actions/lab';
import { MASTER_TARGET_CHANGE_DONE, type MasterTargetState } from '@/lib/domain/infrastructure/lab-rules';
import type { ScsiControllerType } from '@/lib/domain/reprotect/facts';
import { SCSI_CONTROLLER_LABELS } from '@/lib/domain/reprotect/master-target-checks';
import type { MasterTargetChangeInput } from '@/lib/schemas/lab-site';
import { LabResult } from './lab-result';
import { useFormAction } from './use-form-action';

interface Row {
  id: string;
  what: string;
  now: string;
  action?: { label: string; input: MasterTargetChangeInput };
  control?: React.ReactNode;
}

/** What an operator does to the master target VM in vCenter or on the server, one row per prerequisite. */
export function MasterTargetLabActions({ vaultName, mt, masterTargetId }: { vaultName: string; mt: MasterTargetState; masterTargetId: string }) {
  const [last, setLast] = useState<MasterTargetChangeInput['change']>('installVmwareTools');
  const [scsi, setScsi] = useState<ScsiControllerType>('LsiLogicSas');
  const change = useFormAction((input: MasterTargetChangeInput) => changeMasterTargetAction(vaultName, input));
  const run = (input: MasterTargetChangeInput) => {
    setLast(input.change);
    change.mutate(input);
  };
  const id = masterTargetId;
  const rows: Row[] = [
    { id: 'vmwareTools', what: 'VMware tools', now: mt.vmwareToolsInstalled ? 'Installed' : 'Not installed', action: mt.vmwareToolsInstalled ? undefined : { label: 'Install VMware tools', input: { masterTargetId: id, change: 'installVmwareTools' } } },
    { id: 'diskEnableUuid', what: 'disk.EnableUUID', now: mt.diskEnableUuid ? 'TRUE' : 'Not set', action: mt.diskEnableUuid ? undefined : { label: 'Set disk.EnableUUID = TRUE', input: { masterTargetId: id, change: 'enableDiskUuid' } } },
    {
      id: 'snapshots',
      what: 'Snapshots',
      now: String(mt.snapshotCount),
      action: mt.snapshotCount === 0 ? { label: 'Take a snapshot', input: { masterTargetId: id, change: 'takeSnapshot' } } : { label: 'Delete all snapshots', input: { masterTargetId: id, change: 'deleteSnapshots' } },
    },
    {
      id: 'scsiController',
      what: 'SCSI controller',
      now: SCSI_CONTROLLER_LABELS[mt.scsiControllerType],
      control: (
        <span style={{ display: 'flex', gap: 8, alignItems: 'end' }}>
          <Field label="Change to">
            <Dropdown value={SCSI_CONTROLLER_LABELS[scsi]} selectedOptions={[scsi]} onOptionSelect={(_, data) => setScsi(data.optionValue as ScsiControllerType)}>
              {(Object.keys(SCSI_CONTROLLER_LABELS) as ScsiControllerType[]).map((type) => (
                <Option key={type} value={type}>
                  {SCSI_CONTROLLER_LABELS[type]}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button disabled={change.isPending} onClick={() => run({ masterTargetId: id, change: 'changeScsiController', scsiControllerType: scsi })}>
            Change SCSI controller
          </Button>
        </span>
      ),
    },
    {
      id: 'heartbeat',
      what: 'Agent',
      now: mt.agentResponding ? 'Running, sends heartbeats' : 'Stopped, silent',
      action: { label: mt.agentResponding ? 'Stop agent' : 'Start agent', input: { masterTargetId: id, change: mt.agentResponding ? 'stopAgent' : 'startAgent' } },
    },
    { id: 'storageVMotion', what: 'Storage vMotion', now: mt.storageVMotioned ? 'Done (cannot be undone)' : 'Never', action: mt.storageVMotioned ? undefined : { label: 'Storage vMotion the VM', input: { masterTargetId: id, change: 'storageVMotion' } } },
  ];
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <LabResult result={change.data} error={change.error} done={`${MASTER_TARGET_CHANGE_DONE[last]} on ${mt.name}.`} />
      <Table aria-label="Changes to the master target" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Prerequisite</TableHeaderCell>
            <TableHeaderCell>Now</TableHeaderCell>
            <TableHeaderCell>Change</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id} id={row.id}>
              <TableCell>{row.what}</TableCell>
              <TableCell>{row.now}</TableCell>
              <TableCell>
                {row.control ??
                  (row.action ? (
                    <Button disabled={change.isPending} onClick={() => row.action && run(row.action.input)}>
                      {row.action.label}
                    </Button>
                  ) : (
                    'Nothing to do'
                  ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
