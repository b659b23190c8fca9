import { vaultPath } from '@/components/shell/vault-sections';

/** The plan's page (the URL the reprotect reasons link to). */
export const planHref = (vaultName: string, planId: string) => `${vaultPath(vaultName, 'recovery-plans')}/${encodeURIComponent(planId)}`;
