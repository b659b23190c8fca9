'use client';

import { Button, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import { changeReplicatedItemAction } from '@/lib/actions/lab';
import type { FailedOverVm } from '@/lib/schemas/infrastructure';
import type { ReplicatedItemChangeInput } from '@/lib/schemas/lab-site';
import { LabResult } from './lab-result';
import { useFormAction } from './use-form-action';

const DONE: Record<ReplicatedItemChangeInput['change'], string> = {
  startAzureVm: 'Azure VM started.',
  stopAzureVm: 'Azure VM stopped.',
  registerAgent: 'Mobility agent registered with the configuration server.',
  unregisterAgent: 'Mobility agent no longer registered.',
};

/** VMs running in Azure after failover: start or stop each one, and let its Mobility agent register. */
export function FailedOverVms({ vaultName, vms }: { vaultName: string; vms: FailedOverVm[] }) {
  const [filter, setFilter] = useState('');
  const [last, setLast] = useState<ReplicatedItemChangeInput['change']>('startAzureVm');
  const change = useFormAction((input: ReplicatedItemChangeInput) => changeReplicatedItemAction(vaultName, input));
  const run = (input: ReplicatedItemChangeInput) => {
    setLast(input.change);
    change.mutate(input);
  };
  const shown = vms.filter((vm) => vm.name.toLowerCase().includes(filter.trim().toLowerCase()));
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <Input aria-label="Filter VMs by name" placeholder="Filter by name" value={filter} onChange={(_, data) => setFilter(data.value)} style={{ maxWidth: 320 }} />
      <LabResult result={change.data} error={change.error} done={DONE[last]} />
      <Table aria-label="Failed-over VMs" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>VM</TableHeaderCell>
            <TableHeaderCell>Azure VM</TableHeaderCell>
            <TableHeaderCell>Mobility agent</TableHeaderCell>
            <TableHeaderCell>Change</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((vm) => (
            <TableRow key={vm.id} aria-label={vm.name}>
              <TableCell>{vm.name}</TableCell>
              <TableCell>
                {vm.azureVmName}: {vm.azureVmRunning ? 'running' : 'stopped'}
              </TableCell>
              <TableCell>{vm.agentRegistered ? 'Registered' : 'Not registered'}</TableCell>
              <TableCell>
                <span style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                  <Button size="small" disabled={change.isPending} onClick={() => run({ itemId: vm.id, change: vm.azureVmRunning ? 'stopAzureVm' : 'startAzureVm' })}>
                    {vm.azureVmRunning ? 'Stop Azure VM' : 'Start Azure VM'}
                  </Button>
                  <Button size="small" disabled={change.isPending} onClick={() => run({ itemId: vm.id, change: vm.agentRegistered ? 'unregisterAgent' : 'registerAgent' })}>
                    {vm.agentRegistered ? 'Unregister agent' : 'Register agent'}
                  </Button>
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
