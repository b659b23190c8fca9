'use client';

import { useFocusFinders } from '@fluentui/react-components';

/** Holds a reference to Fluent's focus manager, so that it is never disposed while the page lives. */
export default function FocusManagerHolder() {
  useFocusFinders();
  return null;
}
