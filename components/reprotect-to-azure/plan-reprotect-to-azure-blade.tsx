'use client';

import { DrawerBody, Field, Input } from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { OperationOutcome } from '@/components/operations/operation-outcome';
import { PlanBladeShell } from '@/components/operations/plan-blade-shell';
import { RoleNotice } from '@/components/operations/role-notice';
import { useOperationSubmit } from '@/components/operations/use-operation-submit';
import { PLAN_REPROTECT_COMMAND_FOCUS } from '@/components/recovery-plans/plan-links';
import { ChoiceField } from '@/components/reprotect/choice-field';
import { FailbackPolicySummary } from '@/components/reprotect/failback-policy-summary';
import { ReasonText } from '@/components/reprotect/reason-text';
import { PlanSkippedMachines } from '@/components/recovery-plans/plan-skipped-machines';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { Notice } from '@/components/shell/notice';
import { reprotectRecoveryPlanToAzureAction } from '@/lib/actions/failback';
import { pluralize } from '@/lib/domain/plural';
import { evaluateReprotectToAzure } from '@/lib/domain/reprotect-to-azure/evaluate';
import type { ReprotectToAzureFacts } from '@/lib/domain/reprotect-to-azure/facts';
import type { PlanBladeData } from '@/lib/schemas/plan-operations';
import { planReprotectToAzureInputSchema, type PlanReprotectToAzureInput } from '@/lib/schemas/reprotect-to-azure';

type PlanReprotectToAzureBladeProps = { data: PlanBladeData<ReprotectToAzureFacts>; vaultName: string; closeHref: string };

/** A recovery plan's Re-Protect after failback: an on-premises process server for every machine, each row judged on its own. */
export function PlanReprotectToAzureBlade({ data, vaultName, closeHref }: PlanReprotectToAzureBladeProps) {
  return (
    <PlanBladeShell title="Re-Protect" plan={data.plan} closeHref={closeHref} focusKey={PLAN_REPROTECT_COMMAND_FOCUS}>
      {(close) => <PlanReprotectToAzureForm data={data} vaultName={vaultName} onClose={close} />}
    </PlanBladeShell>
  );
}

function PlanReprotectToAzureForm({ data, vaultName, onClose }: Omit<PlanReprotectToAzureBladeProps, 'closeHref'> & { onClose(): void }) {
  const form = useForm<PlanReprotectToAzureInput>({
    resolver: zodResolver(planReprotectToAzureInputSchema),
    defaultValues: { planId: data.plan.id, direction: 'OnPremisesToAzure', rows: data.machines.map((facts) => ({ itemId: facts.item.id, processServerId: '' })) },
  });
  const rows = useWatch({ control: form.control, name: 'rows' });
  const evaluations = useMemo(
    () => data.machines.map((facts, index) => evaluateReprotectToAzure(facts, { processServerId: rows?.[index]?.processServerId || undefined }, { viaRecoveryPlan: true })),
    [data.machines, rows],
  );
  const [all, setAll] = useState('');
  const [tried, setTried] = useState(false);
  const { submit, settling } = useOperationSubmit({
    vaultName,
    send: (input: PlanReprotectToAzureInput) => reprotectRecoveryPlanToAzureAction(vaultName, input),
    started: {
      title: 'Reprotect started',
      message: `A job now replicates ${pluralize(data.machines.length, 'machine')} of ${data.plan.name} from the on-premises site to Azure.`,
    },
    close: onClose,
    onRefused: (error) => {
      for (const [path, message] of Object.entries(error.fieldErrors)) {
        if (/^rows\.\d+\.processServerId$/.test(path)) form.setError(path as `rows.${number}.processServerId`, { message });
      }
    },
  });
  const canSubmit = evaluations.length > 0 && evaluations.every((evaluation) => evaluation.canSubmit);
  const choose = (index: number, id: string) => form.setValue(`rows.${index}.processServerId`, id, { shouldValidate: form.formState.isSubmitted });
  const chooseAll = (id: string) => {
    setAll(id);
    data.machines.forEach((_, index) => choose(index, id));
  };
  const onValid = (input: PlanReprotectToAzureInput) => {
    setTried(true);
    if (canSubmit) submit.mutate(input);
  };

  return (
    <>
      <DrawerBody>
        <form
          id="plan-reprotect-to-azure-form"
          noValidate
          onSubmit={form.handleSubmit(onValid, () => setTried(true))}
          style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, paddingBottom: 16 }}
        >
          <RoleNotice permission="items.reprotect" title="You can look at this reprotect, not start it" />
          {tried && !canSubmit && !submit.data ? (
            <Notice intent="error" title="Reprotect is not possible yet">
              Some machines cannot be reprotected to Azure with these values. Each row says why.
            </Notice>
          ) : null}
          <OperationOutcome operation="Reprotect" result={submit.data} requestError={submit.error} />
          <Field label="Direction" hint="After failback, the plan's machines are reprotected from the on-premises site to Azure.">
            <Input value="On-premises to Azure" readOnly aria-readonly />
          </Field>
          <ChoiceField
            label="Process server for every machine"
            nouns={['process server', 'process servers']}
            placeholder="Select an on-premises process server"
            value={all}
            choices={evaluations[0]?.processServers ?? []}
            onChange={chooseAll}
            hint="Sets each row; a row can still be changed on its own."
            disabled={settling}
          />
          <div role="list" aria-label="Machines to reprotect" style={{ display: 'grid', gap: 12 }}>
            {data.machines.map((facts, index) => {
              const evaluation = evaluations[index]!;
              return (
                <div role="group" aria-label={facts.item.name} key={facts.item.id} style={{ display: 'grid', gap: 4, minWidth: 0 }}>
                  <ChoiceField
                    label={`Process server for ${facts.item.name}`}
                    nouns={['process server', 'process servers']}
                    placeholder="Select an on-premises process server"
                    value={rows?.[index]?.processServerId ?? ''}
                    choices={evaluation.processServers}
                    onChange={(id) => choose(index, id)}
                    error={form.formState.errors.rows?.[index]?.processServerId?.message}
                    disabled={settling}
                  />
                  {settling ? null : evaluation.itemReasons.map((reason) => <ReasonText key={reason.code} reason={reason} />)}
                </div>
              );
            })}
          </div>
          <PlanSkippedMachines skipped={data.skipped} />
          <FailbackPolicySummary
            policy={data.machines[0]?.forwardPolicy ?? null}
            label="Replication policy"
            hint="The forward policy of the configuration server, selected automatically (not the failback policy)."
          />
        </form>
      </DrawerBody>
      <BladeFormFooter permission="items.reprotect" formId="plan-reprotect-to-azure-form" submitLabel="OK" pending={submit.isPending} done={settling} onClose={onClose} />
    </>
  );
}
