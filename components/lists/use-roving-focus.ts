'use client';

import { useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

type Axis = 'horizontal' | 'vertical';

const KEYS: Record<Axis, { previous: string; next: string }> = {
  horizontal: { previous: 'ArrowLeft', next: 'ArrowRight' },
  vertical: { previous: 'ArrowUp', next: 'ArrowDown' },
};

/**
 * One tab stop for a group (a command bar's buttons, a grid's rows): Tab enters the group at the
 * item used last, the arrow keys, Home and End move between its items. `itemSelector` names the
 * items among the container's descendants.
 */
export function useRovingFocus<T extends HTMLElement>(axis: Axis, itemSelector: string) {
  const containerRef = useRef<T>(null);
  const currentRef = useRef<HTMLElement | null>(null);

  const items = () => Array.from(containerRef.current?.querySelectorAll<HTMLElement>(itemSelector) ?? []);

  function makeTabStop(current: HTMLElement | undefined) {
    for (const item of items()) item.tabIndex = item === current ? 0 : -1;
  }

  // After every render items may have come or gone: keep exactly one of them a tab stop.
  useEffect(() => {
    const all = items();
    const current = currentRef.current && all.includes(currentRef.current) ? currentRef.current : all[0];
    makeTabStop(current);
  });

  function onFocus(event: FocusEvent<T>) {
    const item = (event.target as HTMLElement).closest<HTMLElement>(itemSelector);
    if (!item || !containerRef.current?.contains(item)) return;
    currentRef.current = item;
    makeTabStop(item);
  }

  function onKeyDown(event: KeyboardEvent<T>) {
    const all = items();
    const index = all.indexOf(event.target as HTMLElement);
    if (index < 0) return;
    const { previous, next } = KEYS[axis];
    const target =
      event.key === next ? all[index + 1] : event.key === previous ? all[index - 1] : event.key === 'Home' ? all[0] : event.key === 'End' ? all.at(-1) : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }

  return { ref: containerRef, onFocus, onKeyDown };
}
