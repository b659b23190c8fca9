'use client';

import { DrawerBody } from '@fluentui/react-components';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { SelectField, TextField } from '@/components/lab/form-fields';
import { useFormAction } from '@/components/lab/use-form-action';
import { BladeDrawer } from '@/components/shell/blade-drawer';
import { BladeFormFooter } from '@/components/shell/blade-form-footer';
import { Notice } from '@/components/shell/notice';
import { assignRoleAction } from '@/lib/actions/access';
import { ROLE_DESCRIPTIONS, ROLE_DISPLAY_NAMES, VAULT_ROLES } from '@/lib/domain/access/roles';
import { roleAssignmentInputSchema, type RoleAssignmentInput } from '@/lib/schemas/access';
import { BladeHeader } from '@/components/shell/blade-header';

const ROLE_OPTIONS = [...VAULT_ROLES].map((role) => ({ value: role, text: ROLE_DISPLAY_NAMES[role] }));

/** Add role assignment: a user of the portal, by email, and the role they get on this vault. */
export function AddRoleAssignmentBlade({ vaultName, onClose }: { vaultName: string; onClose: () => void }) {
  const form = useForm<RoleAssignmentInput>({ resolver: zodResolver(roleAssignmentInputSchema), defaultValues: { email: '', role: 'Reader' } });
  const assign = useFormAction((input: RoleAssignmentInput) => assignRoleAction(vaultName, input), form);
  const result = assign.data;
  const role = useWatch({ control: form.control, name: 'role' });
  return (
    <BladeDrawer onClose={onClose} label="Add role assignment">
      <BladeHeader title="Add role assignment" onClose={onClose} closeLabel="Close Add role assignment" />
      <DrawerBody>
        <form id="add-role-form" noValidate onSubmit={form.handleSubmit((input) => assign.mutate(input))} style={{ display: 'grid', gap: 14, paddingBottom: 16 }}>
          {result?.ok ? (
            <Notice intent="success" title="Role assigned">
              The role applies from the user&apos;s next request; no restart or new sign-in is needed.
            </Notice>
          ) : null}
          {result && !result.ok ? (
            <Notice intent="error" title="The role was not assigned">
              {result.error.message}
            </Notice>
          ) : null}
          <TextField control={form.control} name="email" label="User (email address)" type="email" required placeholder="operator@contoso.com" />
          <SelectField control={form.control} name="role" label="Role" options={ROLE_OPTIONS} required />
          {role ? <Notice intent="info" title={ROLE_DISPLAY_NAMES[role]}>{ROLE_DESCRIPTIONS[role]}</Notice> : null}
        </form>
      </DrawerBody>
      <BladeFormFooter formId="add-role-form" permission="access.write" submitLabel="Save" pending={assign.isPending} done={result?.ok === true} onClose={onClose} />
    </BladeDrawer>
  );
}
