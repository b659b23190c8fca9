import { redirect } from 'next/navigation';
import { NoVaultsMessage } from '@/components/shell/no-vaults-message';
import { vaultPath } from '@/components/shell/vault-sections';
import { getDefaultVaultName } from '@/lib/data/vaults';

export const dynamic = 'force-dynamic';

export default async function HomePage() {
  const vaultName = await getDefaultVaultName();
  if (vaultName) redirect(vaultPath(vaultName));
  return <NoVaultsMessage />;
}
