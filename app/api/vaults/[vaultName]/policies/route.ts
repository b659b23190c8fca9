// GET /api/vaults/:vaultName/policies – the vault's forward and failback replication policies.
import { vaultRoute } from '@/lib/access/vault-route';
import { listPolicies } from '@/lib/data/policies';
import { freshJson } from '@/lib/http/vault-query';

export const dynamic = 'force-dynamic';

export const GET = vaultRoute('vault.read', async (_request, { grant }) => freshJson({ policies: await listPolicies(grant.vault.id) }));
