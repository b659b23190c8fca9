import { InfrastructureSkeleton } from '@/components/infrastructure/infrastructure-skeleton';

export default function InfrastructureLoading() {
  return <InfrastructureSkeleton />;
}
