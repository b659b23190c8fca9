import { CurrentCrumb } from '@/components/shell/vault-page-heading';
import { getReplicatedItemName } from '@/lib/data/page-names';
import { getVaultByName } from '@/lib/data/vaults';

/** The item's name at the end of the breadcrumb: Home › vault › Replicated items › dc-01. */
export default async function ReplicatedItemCrumb({ params }: { params: Promise<{ vaultName: string; itemId: string }> }) {
  const { vaultName, itemId } = await params;
  const vault = await getVaultByName(vaultName);
  const name = vault ? await getReplicatedItemName(vault.id, itemId) : null;
  return name ? <CurrentCrumb label={name} /> : null;
}
