'use client';

import { useFocusFinders } from '@fluentui/react-components';
import { useEffect } from 'react';
import { keepMounted } from './focus-management';

/** Holds a reference to Fluent's focus manager, so that it is never disposed while the page lives. */
function FocusManagerHolder() {
  useFocusFinders();
  return null;
}

/**
 * For components loaded on demand that create the focus manager (blades, menus): it outlives
 * them. The holder mounts in the same commit as their effects, so no close can come between.
 */
export function useHoldFocusManager() {
  useEffect(() => keepMounted(<FocusManagerHolder />), []);
}
