import { CurrentCrumb } from '@/components/shell/vault-page-heading';
import { getReplicatedItemName } from '@/lib/data/page-names';
import { vaultForPage } from '@/lib/access/page-access';

/** The item's name at the end of the breadcrumb: Home › vault › Replicated items › dc-01. */
export default async function ReplicatedItemCrumb({ params }: { params: Promise<{ vaultName: string; itemId: string }> }) {
  const { vaultName, itemId } = await params;
  const vault = await vaultForPage(vaultName);
  const name = await getReplicatedItemName(vault.id, itemId);
  return name ? <CurrentCrumb label={name} /> : null;
}
