import { ReplicatedItemsSkeleton } from '@/components/replicated-items/replicated-items-skeleton';

export default function ReplicatedItemsLoading() {
  return <ReplicatedItemsSkeleton />;
}
