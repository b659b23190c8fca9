import { RecoveryPlansSkeleton } from '@/components/recovery-plans/recovery-plans-skeleton';

export default function RecoveryPlansLoading() {
  return <RecoveryPlansSkeleton label="Loading recovery plans" />;
}
