import { InfrastructureSkeleton } from '@/components/infrastructure/infrastructure-skeleton';

export default function PoliciesLoading() {
  return <InfrastructureSkeleton />;
}
