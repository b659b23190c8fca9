'use client';

import { Tooltip, ToolbarButton, type ToolbarButtonProps } from '@fluentui/react-components';
import type { Permission } from '@/lib/domain/access/roles';
import { usePermission } from './vault-access';

type PermittedToolbarButtonProps = ToolbarButtonProps & {
  permission: Permission;
  /** Why the command is off for another reason (the item's state …), when the role allows it. */
  unavailableReason?: string | null;
};

/**
 * A command of a vault page that the role table may not allow: then it stays visible,
 * disabled (still focusable) and described by the reason, e.g. "Requires the Site
 * Recovery Operator role on contoso-dr-vault".
 */
export function PermittedToolbarButton({ permission, unavailableReason = null, disabledFocusable, ...props }: PermittedToolbarButtonProps) {
  const { reason } = usePermission(permission);
  const why = reason ?? unavailableReason;
  const button = <ToolbarButton {...props} disabledFocusable={Boolean(disabledFocusable) || why !== null} />;
  return why ? (
    <Tooltip content={why} relationship="description" withArrow>
      {button}
    </Tooltip>
  ) : (
    button
  );
}
