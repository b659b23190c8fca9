'use client';

import { DrawerBody } from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { Notice } from '@/components/shell/notice';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { TextField } from '@/components/lab/form-fields';
import { useFormAction } from '@/components/lab/use-form-action';
import { createForwardPolicyAction } from '@/lib/actions/policies';
import { failbackPolicyName, FAILBACK_POLICY_SUFFIX, minutesLabel, retentionLabel } from '@/lib/domain/policies/policy-rules';
import { FAILBACK_POLICY_VALUES } from '@/lib/domain/reprotect/constants';
import { forwardPolicyInputSchema, type ForwardPolicyInput } from '@/lib/schemas/policies';
import { PolicyValueFields } from './policy-value-fields';
import { BladeHeader } from '@/components/shell/blade-header';

/** Create policy: a forward replication policy; its failback policy comes with it and cannot be edited. */
export function CreatePolicyBlade({ vaultName, closeHref }: { vaultName: string; closeHref: string }) {
  const form = useForm<ForwardPolicyInput>({
    resolver: zodResolver(forwardPolicyInputSchema),
    defaultValues: { friendlyName: '', recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true },
  });
  const create = useFormAction((input: ForwardPolicyInput) => createForwardPolicyAction(vaultName, input), form);
  const { open, close } = useBladeClose(closeHref);
  const result = create.data;
  const name = (useWatch({ control: form.control, name: 'friendlyName' }) ?? '').trim();
  return (
    <BladeDrawer open={open} onClose={close} label="Create policy">
      <BladeHeader title="Create policy" onClose={close} />
      <DrawerBody>
        <form id="create-policy-form" noValidate onSubmit={form.handleSubmit((input) => create.mutate(input))} style={{ display: 'grid', gap: 14, paddingBottom: 16 }}>
          {result?.ok ? (
            <Notice intent="success" title="Policy created">
              Its failback policy was created with it and associated with the configuration server.
            </Notice>
          ) : null}
          {result && !result.ok ? (
            <Notice intent="error" title="The policy was not created">
              {result.error.message}
            </Notice>
          ) : null}
          <TextField control={form.control} name="friendlyName" label="Name" required />
          <PolicyValueFields control={form.control} />
          <Notice intent="info" title="A failback policy is created with it">
            {name ? failbackPolicyName(name) : `<name>${FAILBACK_POLICY_SUFFIX}`}: RPO threshold {minutesLabel(FAILBACK_POLICY_VALUES.recoveryPointThresholdInMinutes)},
            recovery point retention {retentionLabel(FAILBACK_POLICY_VALUES.recoveryPointHistoryInMinutes)}, app-consistent snapshot frequency{' '}
            {minutesLabel(FAILBACK_POLICY_VALUES.appConsistentFrequencyInMinutes)}. It is associated with the configuration server and is not editable.
          </Notice>
        </form>
      </DrawerBody>
      <BladeFormFooter formId="create-policy-form" permission="policies.write" submitLabel="Create" pending={create.isPending} done={result?.ok === true} onClose={close} />
    </BladeDrawer>
  );
}
