'use client';

import { useEffect } from 'react';
import { resumeReturnFocus } from './return-focus';

/** Mounted once per page load: takes over a focus return that a full page load interrupted. */
export function ResumeReturnFocus() {
  useEffect(() => resumeReturnFocus(), []);
  return null;
}
