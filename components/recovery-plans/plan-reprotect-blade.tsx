'use client';

import { Button, DrawerBody, DrawerFooter, Field, Input, Spinner } from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { Notice } from '@/components/shell/notice';
import { OperationOutcome } from '@/components/operations/operation-outcome';
import { useOperationSubmit } from '@/components/operations/use-operation-submit';

import { useState, type ReactNode } from 'react';
import { FailbackPolicySummary } from '@/components/reprotect/failback-policy-summary';
import { pluralize } from '@/lib/domain/plural';
import { reprotectRecoveryPlanAction } from '@/lib/actions/recovery-plans';
import type { PlanReprotectFacts } from '@/lib/domain/reprotect/plan-rules';
import type { PlanReprotectBladeData, RecoveryPlanReprotectInput } from '@/lib/schemas/recovery-plan-reprotect';
import { PlanBulkFill } from './plan-bulk-fill';
import { PLAN_REPROTECT_COMMAND_FOCUS } from './plan-links';
import { PlanReprotectRowFields } from './plan-reprotect-row';
import { PlanSkippedMachines } from './plan-skipped-machines';
import { usePlanReprotectForm } from './use-plan-reprotect-form';
import { BladeHeader } from '@/components/shell/blade-header';

interface PlanReprotectBladeProps {
  data: PlanReprotectBladeData;
  vaultName: string;
  /** Where closing the blade goes: the plan page without the blade in its URL. */
  closeHref: string;
}

/** The Re-Protect blade of a recovery plan: values for every machine, judged per row and across rows. */
export function PlanReprotectBlade({ data, vaultName, closeHref }: PlanReprotectBladeProps) {
  const { open, close } = useBladeClose(closeHref, [PLAN_REPROTECT_COMMAND_FOCUS]);
  return (
    <BladeDrawer open={open} size="large" onClose={close} label={`Re-Protect ${data.plan.name}`}>
      <BladeHeader title="Re-Protect" subtitle={`Recovery plan ${data.plan.name}`} onClose={close} />
      {data.facts ? (
        <PlanReprotectForm data={data} facts={data.facts} vaultName={vaultName} onClose={close} />
      ) : (
        <DrawerBody>
          <Notice intent="info">No machine of this recovery plan has failed over to Azure, so there is nothing to reprotect.</Notice>
          <PlanSkippedMachines skipped={data.skipped} />
        </DrawerBody>
      )}
    </BladeDrawer>
  );
}

interface PlanReprotectFormProps {
  data: PlanReprotectBladeData;
  facts: PlanReprotectFacts;
  vaultName: string;
  onClose(): void;
}

function PlanReprotectForm({ data, facts, vaultName, onClose }: PlanReprotectFormProps) {
  const { form, machines, evaluation, chooseValue, fillAll } = usePlanReprotectForm(data.plan.id, facts);
  const [blockedMessage, setBlockedMessage] = useState<string | null>(null);
  const { submit, settling: started } = useOperationSubmit({
    vaultName,
    send: (input: RecoveryPlanReprotectInput) => reprotectRecoveryPlanAction(vaultName, input),
    started: {
      title: 'Reprotect started',
      message: `A job now replicates ${pluralize(machines.length, 'machine')} of ${data.plan.name} from Azure to the on-premises site.`,
    },
    close: onClose,
    onRefused: (error) => {
      for (const [path, message] of Object.entries(error.fieldErrors)) {
        if (/^rows\.\d+\.(masterTargetId|processServerId|datastoreId|retentionVolumeId)$/.test(path)) {
          form.setError(path as `rows.${number}.masterTargetId`, { message });
        }
      }
    },
  });
  const result = submit.data;
  const rowErrors = form.formState.errors.rows;
  const blockedRows = evaluation.rows.filter((row) => row.blockers.length > 0).length;
  const policies = [...new Map(facts.machines.flatMap((m) => (m.failbackPolicy ? [[m.failbackPolicy.id, m.failbackPolicy]] : []))).values()];

  const refuseOk = (invalidRows: number) => {
    const count = Math.max(invalidRows, blockedRows);
    setBlockedMessage(`${pluralize(count, 'machine')} cannot be reprotected with these values yet. Each row says why.`);
  };
  const onValid = (input: RecoveryPlanReprotectInput) => {
    if (!evaluation.canSubmit) return refuseOk(0);
    setBlockedMessage(null);
    submit.mutate(input);
  };
  const onInvalid = (errors: typeof form.formState.errors) => {
    const invalidRows = Array.isArray(errors.rows) ? errors.rows.filter(Boolean).length : 0;
    refuseOk(invalidRows);
  };

  let banner: ReactNode = null;
  if ((result && !result.ok) || submit.isError) {
    banner = <OperationOutcome operation="Reprotect" result={result} requestError={submit.error} />;
  } else if (blockedMessage) {
    banner = (
      <Notice intent="error" title="Reprotect is not possible yet">
        {blockedMessage}
      </Notice>
    );
  }

  return (
    <>
      <DrawerBody>
        <form id="plan-reprotect-form" noValidate onSubmit={form.handleSubmit(onValid, onInvalid)}
          style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 16, paddingBottom: 16 }}>
          {banner}
          <Field label="Direction" hint="Reprotect always replicates from Azure back to the on-premises site.">
            <Input value="Azure to On-premises" readOnly aria-readonly />
          </Field>
          <PlanBulkFill evaluations={evaluation.rows.map((row) => row.evaluation)} onFill={fillAll} disabled={started} />
          <div role="list" aria-label="Machines to reprotect">
            {machines.map((machine, index) => (
              <div role="listitem" key={machine.item.id}>
                <PlanReprotectRowFields
                  facts={machine}
                  values={form.watch(`rows.${index}`)}
                  evaluation={evaluation.rows[index]!}
                  errors={{
                    masterTargetId: rowErrors?.[index]?.masterTargetId?.message,
                    processServerId: rowErrors?.[index]?.processServerId?.message,
                    datastoreId: rowErrors?.[index]?.datastoreId?.message,
                    retentionVolumeId: rowErrors?.[index]?.retentionVolumeId?.message,
                  }}
                  onChoose={(field, id) => chooseValue(index, field, id)}
                  vaultName={vaultName}
                  disabled={started}
                />
              </div>
            ))}
          </div>
          <PlanSkippedMachines skipped={data.skipped} />
          {policies.length === 0 ? <FailbackPolicySummary policy={null} /> : policies.map((policy) => <FailbackPolicySummary key={policy.id} policy={policy} />)}
        </form>
      </DrawerBody>
      <DrawerFooter>
        <Button
          appearance="primary"
          type="submit"
          form="plan-reprotect-form"
          disabledFocusable={started}
          icon={submit.isPending ? <Spinner size="tiny" /> : undefined}
        >
          OK
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          Cancel
        </Button>
      </DrawerFooter>
    </>
  );
}
