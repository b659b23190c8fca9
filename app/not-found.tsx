import type { Metadata } from 'next';
import { ProblemView } from '@/components/shell/problem-view';

export const metadata: Metadata = { title: 'Not found' };

/** Any address that names no page, and any vault or resource the caller holds no role on (so that names do not leak). */
export default function NotFound() {
  return (
    <ProblemView
      kind="not-found"
      title="This page could not be found"
      message="The address names no page of the portal, or a vault or resource that does not exist or that you have no access to. Check the address, or ask an Owner of the vault for a role on it."
    />
  );
}
