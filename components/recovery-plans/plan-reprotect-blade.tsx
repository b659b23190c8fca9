'use client';

import {
  Button,
  DrawerBody,
  DrawerFooter,
  DrawerHeader,
  DrawerHeaderTitle,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { FailbackPolicySummary } from '@/components/reprotect/failback-policy-summary';
import { subjectHref } from '@/components/shell/vault-links';
import { reprotectRecoveryPlanAction } from '@/lib/actions/recovery-plans';
import type { PlanReprotectFacts } from '@/lib/domain/reprotect/plan-rules';
import type { PlanReprotectBladeData, RecoveryPlanReprotectInput } from '@/lib/schemas/recovery-plan-reprotect';
import { PlanBulkFill } from './plan-bulk-fill';
import { PlanReprotectRowFields } from './plan-reprotect-row';
import { PlanSkippedMachines } from './plan-skipped-machines';
import { usePlanReprotectForm } from './use-plan-reprotect-form';

interface PlanReprotectBladeProps {
  data: PlanReprotectBladeData;
  vaultName: string;
  /** Where closing the blade goes: the plan page without the blade in its URL. */
  closeHref: string;
}

/** The Re-Protect blade of a recovery plan: values for every machine, judged per row and across rows. */
export function PlanReprotectBlade({ data, vaultName, closeHref }: PlanReprotectBladeProps) {
  const router = useRouter();
  const close = () => router.push(closeHref, { scroll: false });
  return (
    <BladeDrawer size="large" onClose={close} label={`Re-Protect ${data.plan.name}`}>
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={close} />}>
          Re-Protect
        </DrawerHeaderTitle>
        <Text>Recovery plan {data.plan.name}</Text>
      </DrawerHeader>
      {data.facts ? (
        <PlanReprotectForm data={data} facts={data.facts} vaultName={vaultName} onClose={close} />
      ) : (
        <DrawerBody>
          <MessageBar intent="info">
            <MessageBarBody>No machine of this recovery plan has failed over to Azure, so there is nothing to reprotect.</MessageBarBody>
          </MessageBar>
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
  const queryClient = useQueryClient();
  const { form, machines, evaluation, chooseValue, fillAll } = usePlanReprotectForm(data.plan.id, facts);
  const [blockedMessage, setBlockedMessage] = useState<string | null>(null);
  const submit = useMutation({
    mutationFn: (input: RecoveryPlanReprotectInput) => reprotectRecoveryPlanAction(vaultName, input),
    onSuccess: async (result) => {
      if (!result.ok) {
        for (const [path, message] of Object.entries(result.error.fieldErrors)) {
          if (/^rows\.\d+\.(masterTargetId|processServerId|datastoreId|retentionVolumeId)$/.test(path)) {
            form.setError(path as `rows.${number}.masterTargetId`, { message });
          }
        }
        return;
      }
      await queryClient.invalidateQueries();
    },
  });
  const result = submit.data;
  const started = result?.ok === true;
  const rowErrors = form.formState.errors.rows;
  const blockedRows = evaluation.rows.filter((row) => row.blockers.length > 0).length;
  const policies = [...new Map(facts.machines.flatMap((m) => (m.failbackPolicy ? [[m.failbackPolicy.id, m.failbackPolicy]] : []))).values()];

  const refuseOk = (invalidRows: number) => {
    const count = Math.max(invalidRows, blockedRows);
    setBlockedMessage(`${count === 1 ? '1 machine' : `${count} machines`} cannot be reprotected with these values yet. Each row says why.`);
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
  if (result?.ok) {
    banner = (
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>Reprotect started</MessageBarTitle>
          {machines.length} machines of {data.plan.name} now replicate from Azure to the on-premises site.{' '}
          <Link as="a" href={subjectHref(vaultName, { kind: 'job', id: result.data.jobId })}>
            Track the job
          </Link>
        </MessageBarBody>
      </MessageBar>
    );
  } else if (result && !result.ok) {
    banner = (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{result.error.kind === 'conflict' ? 'Another operation is running' : 'Reprotect was refused'}</MessageBarTitle>
          {result.error.message}
        </MessageBarBody>
      </MessageBar>
    );
  } else if (submit.isError) {
    banner = (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>The request did not reach the vault: {submit.error.message}</MessageBarBody>
      </MessageBar>
    );
  } else if (blockedMessage) {
    banner = (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Reprotect is not possible yet</MessageBarTitle>
          {blockedMessage}
        </MessageBarBody>
      </MessageBar>
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
          disabled={submit.isPending || started}
          icon={submit.isPending ? <Spinner size="tiny" /> : undefined}
        >
          OK
        </Button>
        <Button appearance="subtle" onClick={onClose}>
          {started ? 'Close' : 'Cancel'}
        </Button>
      </DrawerFooter>
    </>
  );
}
