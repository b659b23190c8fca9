'use client';

import { Button, Input, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import { Panel } from '@/components/infrastructure/panel';
import { LocalTime } from '@/components/shell/local-time';
import { changeFailbackVmAction, changeSiteAction } from '@/lib/actions/lab';
import type { LabFailbackSite } from '@/lib/schemas/infrastructure';
import type { FailbackVmChange } from '@/lib/domain/infrastructure/failback-lab-rules';
import { activeLocationLabel, protectionStateDescription, replicationHealthLabel } from '@/lib/domain/protection-status';
import type { FailbackVmChangeInput, SiteChangeInput } from '@/lib/schemas/lab-failback';
import { LabResult } from './lab-result';
import { useFormAction } from './use-form-action';

const VM_CHANGE_DONE: Record<FailbackVmChange, string> = {
  stallReplication: 'Replication stalled: its health is critical.',
  resumeReplication: 'Replication healthy again.',
  removeFromConfigurationServer: "VM removed from the configuration server's database.",
  addToConfigurationServer: "VM discovered again in the configuration server's database.",
  discardRecoveryPoints: 'Recovery points discarded: the VM resynchronizes and has none yet.',
  takeRecoveryPoint: 'Resynchronization done: the first recovery point was taken.',
  rebootOnPremisesVm: 'VM rebooted on-premises: its agent registers with the configuration server in up to 15 minutes.',
  registerAgentNow: 'Agent registered with the configuration server.',
};

/** What an operator does on the site that the failback cycle depends on: vCenter, the configuration server, hosts' memory. */
export function FailbackSiteLab({ vaultName, site }: { vaultName: string; site: LabFailbackSite }) {
  const change = useFormAction((input: SiteChangeInput) => changeSiteAction(vaultName, input));
  const [memory, setMemory] = useState<Record<string, string>>({});
  const busy = change.isPending;
  return (
    <Panel id="failback-site" title="vCenter, configuration server and ESXi hosts" description="Failback detaches and attaches disks through vCenter, needs the configuration server connected, and boots the VM on a host with enough free memory.">
      <div style={{ display: 'grid', gap: 12 }}>
        <LabResult result={change.data} error={change.error} done="Site changed." />
        <Table aria-label="Site connections" size="small">
          <TableBody>
            {site.vcenters.map((vc) => (
              <TableRow key={vc.id} aria-label={vc.name}>
                <TableCell>vCenter {vc.name}</TableCell>
                <TableCell>{vc.connected ? 'Connected' : 'Not connected'}</TableCell>
                <TableCell>
                  <Button size="small" disabled={busy} onClick={() => change.mutate({ change: vc.connected ? 'disconnectVcenter' : 'connectVcenter', vcenterId: vc.id })}>
                    {vc.connected ? 'Disconnect vCenter' : 'Connect vCenter'}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
            {site.configurationServers.map((cs) => (
              <TableRow key={cs.id} aria-label={cs.name}>
                <TableCell>Configuration server {cs.name}</TableCell>
                <TableCell>{cs.connected ? 'Connected' : 'Not connected'}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => change.mutate({ change: cs.connected ? 'disconnectConfigurationServer' : 'connectConfigurationServer', configurationServerId: cs.id })}
                  >
                    {cs.connected ? 'Disconnect configuration server' : 'Connect configuration server'}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Table aria-label="ESXi host memory" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>ESXi host</TableHeaderCell>
              <TableHeaderCell>Free memory</TableHeaderCell>
              <TableHeaderCell>Change</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {site.hosts.map((host) => (
              <TableRow key={host.id} aria-label={host.name}>
                <TableCell>{host.name}</TableCell>
                <TableCell>
                  {host.freeMemoryGb} GB of {host.memoryGb} GB
                </TableCell>
                <TableCell>
                  <span style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                    <Input
                      aria-label={`Free memory of ${host.name} in GB`}
                      type="number"
                      min={0}
                      max={host.memoryGb}
                      style={{ width: 100 }}
                      value={memory[host.id] ?? String(host.freeMemoryGb)}
                      onChange={(_, data) => setMemory({ ...memory, [host.id]: data.value })}
                    />
                    <Button size="small" disabled={busy} onClick={() => change.mutate({ change: 'setHostFreeMemory', hostId: host.id, freeMemoryGb: Number(memory[host.id] ?? host.freeMemoryGb) })}>
                      Set free memory
                    </Button>
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Panel>
  );
}

/** The changes that apply to a VM as it stands; the rules refuse the others with why. */
function actionsFor(vm: LabFailbackSite['vms'][number]): Array<{ change: FailbackVmChange; label: string }> {
  if (vm.activeLocation === 'Primary') {
    return vm.agentRegistered ? [{ change: 'rebootOnPremisesVm', label: 'Reboot the VM' }] : [{ change: 'registerAgentNow', label: 'Agent registered now' }];
  }
  return [
    vm.replicationHealth === 'Critical' ? { change: 'resumeReplication', label: 'Replication recovers' } : { change: 'stallReplication', label: 'Replication stalls' },
    vm.inConfigurationServerDatabase ? { change: 'removeFromConfigurationServer', label: 'Remove from CS database' } : { change: 'addToConfigurationServer', label: 'Rediscover in CS database' },
    vm.recoveryPointCount > 0 ? { change: 'discardRecoveryPoints', label: 'Resynchronize (discard points)' } : { change: 'takeRecoveryPoint', label: 'Resynchronization done' },
  ];
}

/** The VMs replicating back to on-premises, or running there after failback, and what can happen to them. */
export function FailbackVmsLab({ vaultName, vms }: { vaultName: string; vms: LabFailbackSite['vms'] }) {
  const [last, setLast] = useState<FailbackVmChange>('stallReplication');
  const change = useFormAction((input: FailbackVmChangeInput) => changeFailbackVmAction(vaultName, input));
  return (
    <Panel id="failback-vms" title="VMs failing back" description="VMs replicating from Azure back to on-premises, and VMs that failed back and run on-premises.">
      <div style={{ display: 'grid', gap: 12 }}>
        <LabResult result={change.data} error={change.error} done={VM_CHANGE_DONE[last]} />
        <Table aria-label="VMs failing back" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>VM</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Replication</TableHeaderCell>
              <TableHeaderCell>Agent</TableHeaderCell>
              <TableHeaderCell>Change</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {vms.map((vm) => (
              <TableRow key={vm.id} aria-label={vm.name}>
                <TableCell>{vm.name}</TableCell>
                <TableCell>
                  {protectionStateDescription(vm.protectionState)} · {activeLocationLabel(vm.activeLocation)}
                </TableCell>
                <TableCell>
                  {replicationHealthLabel(vm.replicationHealth)} · {vm.recoveryPointCount} points{vm.inConfigurationServerDatabase ? '' : ' · not in CS database'}
                </TableCell>
                <TableCell>
                  {vm.agentRegistered ? 'Registered' : vm.agentRegistersAt ? <>Registers by <LocalTime iso={vm.agentRegistersAt.toISOString()} /></> : 'Not registered'}
                </TableCell>
                <TableCell>
                  <span style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                    {actionsFor(vm).map((action) => (
                      <Button
                        key={action.change}
                        size="small"
                        disabled={change.isPending}
                        onClick={() => {
                          setLast(action.change);
                          change.mutate({ itemId: vm.id, change: action.change });
                        }}
                      >
                        {action.label}
                      </Button>
                    ))}
                  </span>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Panel>
  );
}
