'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { accessProblem, type Permission, type VaultRole } from '@/lib/domain/access/roles';

// The signed-in user's role on the vault being shown, for the commands on its pages:
// each asks the same role table the server checks, and a command the role does not
// allow is disabled with the reason.

export interface VaultAccess {
  vaultName: string;
  role: VaultRole;
  userEmail: string;
}

const VaultAccessContext = createContext<VaultAccess | null>(null);

export function VaultAccessProvider({ access, children }: { access: VaultAccess; children: ReactNode }) {
  return <VaultAccessContext.Provider value={access}>{children}</VaultAccessContext.Provider>;
}

export function useVaultAccess(): VaultAccess | null {
  return useContext(VaultAccessContext);
}

/** Whether the user may use a permission on this vault, and if not, why ("Requires the … role on …"). */
export function usePermission(permission: Permission): { allowed: boolean; reason: string | null } {
  const access = useContext(VaultAccessContext);
  if (!access) return { allowed: false, reason: 'Sign in to continue.' };
  const reason = accessProblem(access.role, permission, access.vaultName);
  return { allowed: reason === null, reason };
}
