'use client';

import { Button, DrawerBody, DrawerFooter } from '@fluentui/react-components';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useFormAction } from '@/components/lab/use-form-action';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { useBladeClose } from '@/components/shell/use-blade-close';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { Notice } from '@/components/shell/notice';
import { updatePolicySettingsAction } from '@/lib/actions/policies';
import { policyChangeProblem } from '@/lib/domain/policies/policy-rules';
import { policySettingsSchema, type PolicyRow, type PolicySettings } from '@/lib/schemas/policies';
import { PolicyValueFields } from './policy-value-fields';
import { pluralize } from '@/lib/domain/plural';
import { usePermission } from '@/components/shell/vault-access';
import { BladeHeader } from '@/components/shell/blade-header';

interface EditPolicyBladeProps {
  vaultName: string;
  /** The policy the URL names; null when the vault has no such policy. */
  policy: PolicyRow | null;
  closeHref: string;
}

/** Edit settings of a forward policy. A failback policy (or a policy that is not there) says why it cannot be edited. */
export function EditPolicyBlade({ vaultName, policy, closeHref }: EditPolicyBladeProps) {
  const { open, close } = useBladeClose(closeHref);
  const roleReason = usePermission('policies.write').reason;
  const refusal = policy ? (policyChangeProblem(policy.direction, 'edit') ?? roleReason) : 'This policy does not exist in this vault. It may have been deleted.';
  return (
    <BladeDrawer open={open} onClose={close} label={policy ? `Edit settings of ${policy.friendlyName}` : 'Edit settings'}>
      <BladeHeader title="Edit settings" subtitle={policy?.friendlyName} onClose={close} />
      {policy && !refusal ? (
        <PolicySettingsForm vaultName={vaultName} policy={policy} onClose={close} />
      ) : (
        <>
          <DrawerBody>
            <Notice intent={policy ? 'warning' : 'error'} title={policy ? 'Read-only' : 'Not found'}>
              {refusal}
            </Notice>
          </DrawerBody>
          <DrawerFooter>
            <Button onClick={close}>Close</Button>
          </DrawerFooter>
        </>
      )}
    </BladeDrawer>
  );
}

function PolicySettingsForm({ vaultName, policy, onClose }: { vaultName: string; policy: PolicyRow; onClose: () => void }) {
  const form = useForm<PolicySettings>({
    resolver: zodResolver(policySettingsSchema),
    defaultValues: {
      recoveryPointThresholdInMinutes: policy.recoveryPointThresholdInMinutes,
      recoveryPointHistoryInMinutes: policy.recoveryPointHistoryInMinutes,
      appConsistentFrequencyInMinutes: policy.appConsistentFrequencyInMinutes,
      multiVmSyncStatus: policy.multiVmSyncStatus,
    },
  });
  const save = useFormAction((input: PolicySettings) => updatePolicySettingsAction(vaultName, policy.id, input), form);
  const result = save.data;
  return (
    <>
      <DrawerBody>
        <form id="edit-policy-form" noValidate onSubmit={form.handleSubmit((input) => save.mutate(input))} style={{ display: 'grid', gap: 14, paddingBottom: 16 }}>
          {result?.ok ? (
            <Notice intent="success" title="Settings saved">
              They apply to the {pluralize(policy.itemCount, 'replicated item')} that use this policy. Its failback policy keeps its own values.
            </Notice>
          ) : null}
          {result && !result.ok ? (
            <Notice intent="error" title="The settings were not saved">
              {result.error.message}
            </Notice>
          ) : null}
          <PolicyValueFields control={form.control} />
        </form>
      </DrawerBody>
      <BladeFormFooter formId="edit-policy-form" permission="policies.write" submitLabel="Save" pending={save.isPending} done={result?.ok === true} onClose={onClose} />
    </>
  );
}
