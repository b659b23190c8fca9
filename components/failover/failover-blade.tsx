'use client';

import { DrawerBody, Field, Input, Text } from '@fluentui/react-components';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { OPERATION_COMMAND_FOCUS } from '@/components/operations/operation-command';
import { OperationOutcome } from '@/components/operations/operation-outcome';
import { RoleNotice } from '@/components/operations/role-notice';
import { useOperationSubmit } from '@/components/operations/use-operation-submit';
import { ReasonBars } from '@/components/reprotect/reason-bar';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { failoverItemAction } from '@/lib/actions/failback';
import { evaluateFailover } from '@/lib/domain/failover/evaluate';
import type { FailoverFacts } from '@/lib/domain/failover/facts';
import { failoverInputSchema, type FailoverInput } from '@/lib/schemas/failover';
import { RecoveryPointField } from './recovery-point-field';
import { BladeHeader } from '@/components/shell/blade-header';

interface FailoverBladeProps {
  facts: FailoverFacts;
  vaultName: string;
  /** Where closing the blade goes: the page underneath, without the blade in its URL. */
  closeHref: string;
}

/**
 * The Failover blade of a VM reprotected to on-premises: the direction (fixed), the
 * recovery point, what the failover will do, and every prerequisite it breaks.
 */
export function FailoverBlade({ facts, vaultName, closeHref }: FailoverBladeProps) {
  const { open, close } = useBladeClose(closeHref, [`item:${facts.item.id}`, OPERATION_COMMAND_FOCUS.UnplannedFailover]);
  const latestAvailable = facts.points.latest !== null;
  const form = useForm<FailoverInput>({
    resolver: zodResolver(failoverInputSchema),
    defaultValues: { itemId: facts.item.id, direction: 'RecoveryToPrimary', recoveryPointType: latestAvailable ? 'LatestTime' : undefined },
  });
  const recoveryPointType = useWatch({ control: form.control, name: 'recoveryPointType' });
  const evaluation = useMemo(() => evaluateFailover(facts, { recoveryPointType }), [facts, recoveryPointType]);
  const { item, target } = facts;
  const { submit, settling } = useOperationSubmit({
    vaultName,
    send: (input: FailoverInput) => failoverItemAction(vaultName, input),
    started: { title: 'Failover started', message: `A job now shuts down ${item.azureVmName} in Azure and brings ${item.name} up on-premises.` },
    close,
    onRefused: (error) => {
      const message = error.fieldErrors.recoveryPointType;
      if (message) form.setError('recoveryPointType', { message });
    },
  });
  const blocked = evaluation.itemReasons.some((reason) => reason.severity === 'error');
  const selectionErrors = evaluation.selectionReasons.filter((reason) => reason.code !== 'SELECTION_REQUIRED');

  return (
    <BladeDrawer open={open} onClose={close} label={`Failover ${item.name}`}>
      <BladeHeader title="Failover" subtitle={item.name} onClose={close} closeLabel="Close Failover" />
      <DrawerBody>
        <form
          id="failover-form"
          noValidate
          onSubmit={form.handleSubmit((input) => submit.mutate(input))}
          style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, paddingBottom: 16 }}
        >
          {/* Once started, the item is held by its own job: the page's fresh facts say so, not a refusal. */}
          {settling ? null : <ReasonBars reasons={evaluation.itemReasons} title="Failover is not possible" vaultName={vaultName} />}
          <RoleNotice permission="items.failover" title="You can look at this failover, not start it" />
          <OperationOutcome operation="Failover" result={submit.data} requestError={submit.error} />
          <Field label="Failover direction" hint="A VM reprotected to on-premises fails back to the on-premises site it replicates to.">
            <Input value="From Azure to on-premises" readOnly aria-readonly />
          </Field>
          <Controller
            control={form.control}
            name="recoveryPointType"
            render={({ field, fieldState }) => (
              <RecoveryPointField
                choices={evaluation.recoveryPoints}
                value={field.value}
                onChange={field.onChange}
                disabled={blocked || settling}
                error={fieldState.error?.message}
                hint="Points come from the failback policy. Replication stops when the failover starts."
              />
            )}
          />
          <ReasonBars reasons={selectionErrors} vaultName={vaultName} />
          <section aria-label="What the failover does" style={{ display: 'grid', gap: 8 }}>
            <Text weight="semibold">What the failover does</Text>
            <ReasonBars reasons={evaluation.notes} vaultName={vaultName} />
            <dl className="vp-definition-list" aria-label="Failover target">
              <dt>Azure VM</dt>
              <dd>
                {item.azureVmName} ({item.azureVmRunning ? 'running' : 'shut down'})
              </dd>
              <dt>Master target server</dt>
              <dd>{target.masterTarget?.name ?? '—'}</dd>
              <dt>vCenter</dt>
              <dd>{target.vcenter ? `${target.vcenter.friendlyName} (${target.vcenter.connected ? 'connected' : 'not connected'})` : '—'}</dd>
              <dt>ESXi host</dt>
              <dd>{target.bootHost ? `${target.bootHost.name} (${target.bootHost.freeMemoryGb} GB memory free; the VM needs ${item.memoryGb} GB)` : '—'}</dd>
            </dl>
          </section>
        </form>
      </DrawerBody>
      <BladeFormFooter permission="items.failover" formId="failover-form" submitLabel="OK" pending={submit.isPending} done={settling || blocked} onClose={close} />
    </BladeDrawer>
  );
}
