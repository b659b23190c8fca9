'use client';

import { DocumentSearchRegular, ErrorCircleRegular } from '@fluentui/react-icons';

/** The glyph of a problem page: a page not found, or one that failed. */
export function ProblemIcon({ kind }: { kind: 'not-found' | 'error' }) {
  const Icon = kind === 'not-found' ? DocumentSearchRegular : ErrorCircleRegular;
  return <Icon />;
}
