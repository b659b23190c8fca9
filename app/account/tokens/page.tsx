import type { Metadata } from 'next';
import { AccessTokensView } from '@/components/account/access-tokens-view';
import { requireCaller } from '@/lib/access/page-access';
import { listApiTokens } from '@/lib/data/auth/api-tokens';

export const metadata: Metadata = { title: 'Access tokens' };
export const dynamic = 'force-dynamic';

export default async function AccessTokensPage() {
  const caller = await requireCaller();
  const tokens = await listApiTokens(caller.userId);
  return <AccessTokensView userEmail={caller.email} tokens={tokens} />;
}
