'use client';

import { Notice } from '@/components/shell/notice';
import { usePermission } from '@/components/shell/vault-access';
import type { Permission } from '@/lib/domain/access/roles';

/** In a blade whose OK the caller's role does not allow: what they may do instead, and the role it needs. */
export function RoleNotice({ permission, title }: { permission: Permission; title: string }) {
  const { reason } = usePermission(permission);
  return reason ? (
    <Notice intent="info" title={title}>
      {reason}
    </Notice>
  ) : null;
}
