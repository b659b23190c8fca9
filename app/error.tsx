'use client';

import dynamic from 'next/dynamic';

// A page that failed to render. The reference is the error's digest: the server logs the same
// reference with the error (instrumentation.ts), so a report can be matched to its cause
// without the details ever reaching the browser. Its view loads only when a page fails.
const ProblemView = dynamic(() => import('@/components/shell/problem-view').then((module) => module.ProblemView));

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ProblemView
      kind="error"
      title="Something went wrong"
      message="The portal could not show this page. Try again in a moment; if it keeps failing, give the reference below to whoever runs the portal."
      reference={error.digest}
      onRetry={reset}
    />
  );
}
