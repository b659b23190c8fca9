'use client';

import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular } from '@fluentui/react-icons';
import { ToolbarButton } from '@fluentui/react-components';
import { useMutation } from '@tanstack/react-query';
import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { CommandBar } from '@/components/lists/command-bar';
import { Notice } from '@/components/shell/notice';
import { PermittedToolbarButton } from '@/components/shell/permitted-button';
import { useVaultAccess } from '@/components/shell/vault-access';
import { removeRoleAssignmentAction } from '@/lib/actions/access';
import { ROLE_DESCRIPTIONS, ROLE_DISPLAY_NAMES, VAULT_ROLES } from '@/lib/domain/access/roles';
import type { RoleAssignmentRow } from '@/lib/schemas/access';
import { RoleAssignmentsTable } from './role-assignments-table';

const AddRoleAssignmentBlade = dynamic(() => import('./add-role-assignment-blade').then((module) => module.AddRoleAssignmentBlade));

const useStyles = makeStyles({
  root: { display: 'grid', gap: '16px' },
  bar: { marginBottom: '4px' },
  mine: { ...typographyStyles.body1, color: tokens.colorNeutralForeground2, margin: 0 },
  heading: { ...typographyStyles.subtitle2, margin: '8px 0 0' },
  roles: { margin: 0, paddingLeft: '20px', display: 'grid', gap: '4px' },
});

/** Access control (IAM): the vault's role assignments, and for an Owner, adding and removing them. */
export function AccessControlView({ vaultName, assignments }: { vaultName: string; assignments: RoleAssignmentRow[] }) {
  const styles = useStyles();
  const router = useRouter();
  const access = useVaultAccess();
  const [adding, setAdding] = useState(false);
  const remove = useMutation({
    mutationFn: (assignment: RoleAssignmentRow) => removeRoleAssignmentAction(vaultName, assignment.id),
    onSuccess: (result) => result.ok && router.refresh(),
  });
  const removed = remove.data;
  return (
    <div className={styles.root}>
      <CommandBar label="Access control commands" className={styles.bar}>
        <PermittedToolbarButton permission="access.write" icon={<Add20Regular />} onClick={() => setAdding(true)}>
          Add role assignment
        </PermittedToolbarButton>
        <ToolbarButton icon={<ArrowClockwise20Regular />} onClick={() => router.refresh()}>
          Refresh
        </ToolbarButton>
      </CommandBar>
      {access ? (
        <p className={styles.mine}>
          You ({access.userEmail}) hold the {ROLE_DISPLAY_NAMES[access.role]} role on {vaultName}.
        </p>
      ) : null}
      {removed && !removed.ok ? (
        <Notice intent="error" title="The role assignment was not removed">
          {removed.error.message}
        </Notice>
      ) : null}
      {removed?.ok ? <Notice intent="success" title="Role assignment removed" /> : null}
      <RoleAssignmentsTable assignments={assignments} removing={remove.isPending ? (remove.variables?.id ?? null) : null} onRemove={(row) => remove.mutate(row)} />
      <h2 className={styles.heading}>Roles</h2>
      <ul className={styles.roles}>
        {VAULT_ROLES.map((role) => (
          <li key={role}>
            <strong>{ROLE_DISPLAY_NAMES[role]}</strong>: {ROLE_DESCRIPTIONS[role]}
          </li>
        ))}
      </ul>
      {adding ? (
        <AddRoleAssignmentBlade
          vaultName={vaultName}
          onClose={() => {
            setAdding(false);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
