import { redirect } from 'next/navigation';
import { NoVaultsMessage } from '@/components/shell/no-vaults-message';
import { vaultPath } from '@/components/shell/vault-sections';
import { requireCaller } from '@/lib/access/page-access';
import { listAccessibleVaults } from '@/lib/data/auth/role-assignments';

export const dynamic = 'force-dynamic';

/** The portal opens on the first vault the signed-in user holds a role on. */
export default async function HomePage() {
  const caller = await requireCaller();
  const [first] = await listAccessibleVaults(caller.userId);
  if (first) redirect(vaultPath(first.name));
  return <NoVaultsMessage userEmail={caller.email} />;
}
