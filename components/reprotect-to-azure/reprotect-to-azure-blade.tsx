'use client';

import { DrawerBody, Field, Input } from '@fluentui/react-components';

import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { OperationOutcome } from '@/components/operations/operation-outcome';
import { RoleNotice } from '@/components/operations/role-notice';
import { useOperationSubmit } from '@/components/operations/use-operation-submit';
import { ChoiceField } from '@/components/reprotect/choice-field';
import { FailbackPolicySummary } from '@/components/reprotect/failback-policy-summary';
import { ReasonBars } from '@/components/reprotect/reason-bar';
import { REPROTECT_COMMAND_FOCUS } from '@/components/reprotect/reprotect-command';
import { UnavailableChoices } from '@/components/reprotect/unavailable-choices';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { reprotectToAzureAction } from '@/lib/actions/failback';
import { evaluateReprotectToAzure } from '@/lib/domain/reprotect-to-azure/evaluate';
import type { ReprotectToAzureFacts } from '@/lib/domain/reprotect-to-azure/facts';
import { reprotectToAzureInputSchema, type ReprotectToAzureInput } from '@/lib/schemas/reprotect-to-azure';
import { BladeHeader } from '@/components/shell/blade-header';

interface ReprotectToAzureBladeProps {
  facts: ReprotectToAzureFacts;
  vaultName: string;
  closeHref: string;
}

/**
 * The Re-Protect blade of a VM that failed back and was committed: it replicates to
 * Azure again, through an on-premises process server, under the forward policy.
 */
export function ReprotectToAzureBlade({ facts, vaultName, closeHref }: ReprotectToAzureBladeProps) {
  const { open, close } = useBladeClose(closeHref, [`item:${facts.item.id}`, REPROTECT_COMMAND_FOCUS]);
  const first = useMemo(() => evaluateReprotectToAzure(facts, {}), [facts]);
  const eligible = first.processServers.filter((choice) => choice.eligible);
  const form = useForm<ReprotectToAzureInput>({
    resolver: zodResolver(reprotectToAzureInputSchema),
    defaultValues: { itemId: facts.item.id, direction: 'OnPremisesToAzure', processServerId: eligible.length === 1 ? eligible[0]!.id : '' },
  });
  const processServerId = useWatch({ control: form.control, name: 'processServerId' });
  const evaluation = useMemo(() => evaluateReprotectToAzure(facts, { processServerId: processServerId || undefined }), [facts, processServerId]);
  const { submit, settling } = useOperationSubmit({
    vaultName,
    send: (input: ReprotectToAzureInput) => reprotectToAzureAction(vaultName, input),
    started: { title: 'Reprotect started', message: `A job now replicates ${facts.item.name} from the on-premises site to Azure.` },
    close,
    onRefused: (error) => {
      const message = error.fieldErrors.processServerId;
      if (message) form.setError('processServerId', { message });
    },
  });
  const blocked = evaluation.itemReasons.some((reason) => reason.severity === 'error');

  return (
    <BladeDrawer open={open} onClose={close} label={`Re-Protect ${facts.item.name}`}>
      <BladeHeader title="Re-Protect" subtitle={facts.item.name} onClose={close} closeLabel="Close Re-Protect" />
      <DrawerBody>
        <form
          id="reprotect-to-azure-form"
          noValidate
          onSubmit={form.handleSubmit((input) => submit.mutate(input))}
          style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, paddingBottom: 16 }}
        >
          {settling ? null : <ReasonBars reasons={evaluation.itemReasons} title={blocked ? 'Reprotect is not possible' : undefined} vaultName={vaultName} />}
          <RoleNotice permission="items.reprotect" title="You can look at this reprotect, not start it" />
          <OperationOutcome operation="Reprotect" result={submit.data} requestError={submit.error} />
          <Field label="Direction" hint="After failback, the VM is reprotected from the on-premises site to Azure.">
            <Input value="On-premises to Azure" readOnly aria-readonly />
          </Field>
          <Controller
            control={form.control}
            name="processServerId"
            render={({ field, fieldState }) => (
              <ChoiceField
                label="Process server"
                nouns={['process server', 'process servers']}
                placeholder="Select an on-premises process server"
                value={field.value}
                choices={evaluation.processServers}
                onChange={(id) => field.onChange(id)}
                error={fieldState.error?.message}
                hint="The on-premises process server that sends the VM's data to Azure."
                disabled={blocked || settling}
              />
            )}
          />
          <UnavailableChoices choices={evaluation.processServers} noun={['process server', 'process servers']} vaultName={vaultName} />
          <FailbackPolicySummary
            policy={evaluation.forwardPolicy}
            label="Replication policy"
            hint="The forward policy of the configuration server, selected automatically (not the failback policy)."
          />
        </form>
      </DrawerBody>
      <BladeFormFooter permission="items.reprotect" formId="reprotect-to-azure-form" submitLabel="OK" pending={submit.isPending} done={settling || blocked} onClose={close} />
    </BladeDrawer>
  );
}
