import { LabSite } from '@/components/lab/lab-site';
import { connectivityOf } from '@/lib/data/infrastructure';
import { listMasterTargetViews, listProcessServerViews } from '@/lib/data/infrastructure-facts';
import { getLabFailbackSite } from '@/lib/data/lab-failback';
import { getLabInventory, listFailedOverVms } from '@/lib/data/lab-reads';
import { vaultForPage } from '@/lib/access/page-access';

export default async function LabPage({ params }: { params: Promise<{ vaultName: string }> }) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  const [inventory, vms, masterTargets, processServers, failback] = await Promise.all([
    getLabInventory(vault.id),
    listFailedOverVms(vault.id),
    listMasterTargetViews(vault.id),
    listProcessServerViews(vault.id),
    getLabFailbackSite(vault.id),
  ]);
  return (
    <LabSite
      vaultName={vault.name}
      connectivity={connectivityOf(vault)}
      inventory={inventory}
      vms={vms}
      masterTargets={masterTargets}
      processServers={processServers}
      failback={failback}
      now={new Date()}
    />
  );
}
