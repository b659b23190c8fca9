'use client';

import { Button, DrawerFooter, Spinner, Tooltip } from '@fluentui/react-components';
import type { Permission } from '@/lib/domain/access/roles';
import { usePermission } from './vault-access';

interface BladeFormFooterProps {
  /** The id of the form the primary button submits. */
  formId: string;
  submitLabel: string;
  pending: boolean;
  /** Once done, the primary button stays off and Cancel becomes Close. */
  done?: boolean;
  /** What the caller's role must grant for the primary action; without it the button is off and says why. */
  permission: Permission;
  onClose: () => void;
}

/** The footer of a blade that holds a form: its primary action, then Cancel (or Close once done). */
export function BladeFormFooter({ formId, submitLabel, pending, done = false, permission, onClose }: BladeFormFooterProps) {
  const { reason } = usePermission(permission);
  const submit = (
    <Button
      appearance="primary"
      type="submit"
      form={formId}
      disabled={(pending || done) && !reason}
      disabledFocusable={reason !== null}
      icon={pending ? <Spinner size="tiny" /> : undefined}
    >
      {submitLabel}
    </Button>
  );
  return (
    <DrawerFooter>
      {reason ? (
        <Tooltip content={reason} relationship="description" withArrow>
          {submit}
        </Tooltip>
      ) : (
        submit
      )}
      <Button appearance="subtle" onClick={onClose}>
        {done ? 'Close' : 'Cancel'}
      </Button>
    </DrawerFooter>
  );
}
