import type { Metadata } from 'next';
import { ActivityLogView } from '@/components/activity-log/activity-log-view';
import { vaultForPage } from '@/lib/access/page-access';
import { listActivity } from '@/lib/data/activity-log-list';
import { DEFAULT_ACTIVITY_QUERY, parseActivityQuery } from '@/lib/schemas/activity-log';
import type { RawSearchParams } from '@/lib/schemas/search-params';

export const metadata: Metadata = { title: 'Activity log' };

interface ActivityLogPageProps {
  params: Promise<{ vaultName: string }>;
  searchParams: Promise<RawSearchParams>;
}

export default async function ActivityLogPage({ params, searchParams }: ActivityLogPageProps) {
  const { vaultName } = await params;
  const vault = await vaultForPage(vaultName);
  // A hand-edited link that does not parse shows the default view rather than an error.
  const parsed = parseActivityQuery(await searchParams);
  const query = parsed.success ? parsed.data : DEFAULT_ACTIVITY_QUERY;
  const page = await listActivity(vault.id, query);
  return <ActivityLogView vaultName={vault.name} query={query} page={page} />;
}
