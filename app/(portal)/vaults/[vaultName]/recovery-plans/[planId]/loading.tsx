import { RecoveryPlansSkeleton } from '@/components/recovery-plans/recovery-plans-skeleton';

export default function RecoveryPlanLoading() {
  return <RecoveryPlansSkeleton label="Loading the recovery plan" />;
}
