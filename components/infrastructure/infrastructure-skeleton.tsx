'use client';

import { Skeleton, SkeletonItem } from '@fluentui/react-components';

/** The shape of an infrastructure list while it loads: a title and a few rows. */
export function InfrastructureSkeleton() {
  return (
    <Skeleton aria-label="Loading Site Recovery infrastructure" style={{ display: 'grid', gap: 12, maxWidth: 960 }}>
      <SkeletonItem size={24} style={{ width: 280 }} />
      {Array.from({ length: 6 }, (_, index) => (
        <SkeletonItem key={index} size={16} />
      ))}
    </Skeleton>
  );
}
