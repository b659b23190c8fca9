import { JobsSkeleton } from '@/components/jobs/jobs-skeleton';

export default function JobsLoading() {
  return <JobsSkeleton />;
}
