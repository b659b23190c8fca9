'use client';

import { Button, DrawerBody, DrawerFooter, DrawerHeader, DrawerHeaderTitle, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { Dismiss24Regular } from '@fluentui/react-icons';
import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm, useWatch } from 'react-hook-form';
import { TextField } from '@/components/lab/form-fields';
import { useFormAction } from '@/components/lab/use-form-action';
import { createForwardPolicyAction } from '@/lib/actions/policies';
import { failbackPolicyName, FAILBACK_POLICY_SUFFIX, minutesLabel, retentionLabel } from '@/lib/domain/policies/policy-rules';
import { FAILBACK_POLICY_VALUES } from '@/lib/domain/reprotect/constants';
import { forwardPolicyInputSchema, type ForwardPolicyInput } from '@/lib/schemas/policies';
import { PolicyValueFields } from './policy-value-fields';

/** Create policy: a forward replication policy; its failback policy comes with it and cannot be edited. */
export function CreatePolicyBlade({ vaultName, closeHref }: { vaultName: string; closeHref: string }) {
  const router = useRouter();
  const form = useForm<ForwardPolicyInput>({
    resolver: zodResolver(forwardPolicyInputSchema),
    defaultValues: { friendlyName: '', recoveryPointThresholdInMinutes: 60, recoveryPointHistoryInMinutes: 1440, appConsistentFrequencyInMinutes: 60, multiVmSyncStatus: true },
  });
  const create = useFormAction((input: ForwardPolicyInput) => createForwardPolicyAction(vaultName, input), form);
  const close = () => router.push(closeHref, { scroll: false });
  const result = create.data;
  const name = (useWatch({ control: form.control, name: 'friendlyName' }) ?? '').trim();
  return (
    <BladeDrawer onClose={close} label="Create policy">
      <DrawerHeader>
        <DrawerHeaderTitle action={<Button appearance="subtle" aria-label="Close" icon={<Dismiss24Regular />} onClick={close} />}>Create policy</DrawerHeaderTitle>
      </DrawerHeader>
      <DrawerBody>
        <form id="create-policy-form" noValidate onSubmit={form.handleSubmit((input) => create.mutate(input))} style={{ display: 'grid', gap: 14, paddingBottom: 16 }}>
          {result?.ok ? (
            <MessageBar intent="success">
              <MessageBarBody>
                <MessageBarTitle>Policy created</MessageBarTitle>
                Its failback policy was created with it and associated with the configuration server.
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {result && !result.ok ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                <MessageBarTitle>The policy was not created</MessageBarTitle>
                {result.error.message}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <TextField control={form.control} name="friendlyName" label="Name" required />
          <PolicyValueFields control={form.control} />
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>A failback policy is created with it</MessageBarTitle>
              {name ? failbackPolicyName(name) : `<name>${FAILBACK_POLICY_SUFFIX}`}: RPO threshold {minutesLabel(FAILBACK_POLICY_VALUES.recoveryPointThresholdInMinutes)},
              recovery point retention {retentionLabel(FAILBACK_POLICY_VALUES.recoveryPointHistoryInMinutes)}, app-consistent snapshot frequency{' '}
              {minutesLabel(FAILBACK_POLICY_VALUES.appConsistentFrequencyInMinutes)}. It is associated with the configuration server and is not editable.
            </MessageBarBody>
          </MessageBar>
        </form>
      </DrawerBody>
      <DrawerFooter>
        <Button appearance="primary" type="submit" form="create-policy-form" disabled={create.isPending || result?.ok === true} icon={create.isPending ? <Spinner size="tiny" /> : undefined}>
          Create
        </Button>
        <Button appearance="subtle" onClick={close}>
          {result?.ok ? 'Close' : 'Cancel'}
        </Button>
      </DrawerFooter>
    </BladeDrawer>
  );
}
