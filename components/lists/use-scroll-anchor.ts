'use client';

import { useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react';

/** The element that scrolls the list now: its nearest ancestor with content to scroll vertically, or the page. */
function scrollParent(element: HTMLElement | null): HTMLElement | null {
  for (let node = element?.parentElement ?? null; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === 'auto' || overflowY === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement instanceof HTMLElement ? document.scrollingElement : null;
}

interface Anchor {
  key: string;
  top: number;
}

/**
 * Keeps what the operator is looking at in place when a live list changes under them:
 * rows added above (new jobs arriving at the top) would otherwise push the rows they
 * read, or the row they focused, down the screen. The anchor is the focused row, or
 * else the first row in view; after each change the list scrolls by however far that
 * row moved. At the very top nothing is held, so that new rows are seen arriving.
 *
 * `rowSelector` names the rows inside the returned ref's element; each carries its
 * stable key in `data-row-key`. `rows` is what changes (the list's data).
 */
export function useScrollAnchor<T extends HTMLElement>(rowSelector: string, rows: unknown) {
  const ref = useRef<T>(null);
  const anchor = useRef<Anchor | null>(null);

  const measure = useEffectEvent((): Anchor | null => {
    const container = ref.current;
    const scroller = scrollParent(container);
    if (!container || !scroller) return null;
    const all = Array.from(container.querySelectorAll<HTMLElement>(rowSelector));
    const viewTop = scroller === document.scrollingElement ? 0 : scroller.getBoundingClientRect().top;
    const focused = all.find((row) => row.contains(document.activeElement));
    const inView = focused ?? all.find((row) => row.getBoundingClientRect().bottom > viewTop);
    const key = inView?.dataset.rowKey;
    return inView && key ? { key, top: inView.getBoundingClientRect().top } : null;
  });

  const restore = useEffectEvent(() => {
    const container = ref.current;
    const scroller = scrollParent(container);
    const saved = anchor.current;
    if (container && scroller && saved && scroller.scrollTop > 0) {
      const row = Array.from(container.querySelectorAll<HTMLElement>(rowSelector)).find((candidate) => candidate.dataset.rowKey === saved.key);
      const moved = row ? row.getBoundingClientRect().top - saved.top : 0;
      if (moved !== 0) scroller.scrollTop += moved;
    }
    anchor.current = measure();
  });

  // After each change of the rows; scrolling, focus and resizing are followed by the listeners below.
  useLayoutEffect(() => restore(), [rows]);

  useEffect(() => {
    const container = ref.current;
    if (!container) return;
    const remember = () => {
      anchor.current = measure();
    };
    // Whichever element scrolls the list (it can change as the list grows): scroll events do not bubble, so capture them.
    document.addEventListener('scroll', remember, { capture: true, passive: true });
    container.addEventListener('focusin', remember);
    window.addEventListener('resize', remember);
    return () => {
      document.removeEventListener('scroll', remember, { capture: true });
      container.removeEventListener('focusin', remember);
      window.removeEventListener('resize', remember);
    };
  }, []);

  return ref;
}
