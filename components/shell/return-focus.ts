'use client';

// A blade closes by navigating to the page underneath, which renders again without it. Focus
// must not fall to <body> on the way (the keyboard would be lost, Escape would do nothing): once
// the blade is gone, it goes back to what the blade was opened from.

/** Marks what a blade gives focus back to, e.g. `returnFocusAttribute('item', id)` on a grid row. */
export function returnFocusAttribute(kind: string, id = ''): Record<'data-return-focus', string> {
  return { 'data-return-focus': id ? `${kind}:${id}` : kind };
}

function selectorFor(target: string): string {
  return `[data-return-focus="${CSS.escape(target)}"]`;
}

const GIVE_UP_AFTER_MS = 5000;

/**
 * After the open blade has left the page, focuses the first of `targets` found (as marked by
 * returnFocusAttribute: "item:<id>", "reprotect-command" …), else the page's main region.
 */
export function returnFocusAfterBladeCloses(targets: string[]): void {
  const started = performance.now();
  const attempt = () => {
    const bladeGone = !document.querySelector('[role="dialog"]');
    const found = targets.map((target) => document.querySelector<HTMLElement>(selectorFor(target))).find(Boolean);
    if (bladeGone && found) {
      found.focus();
      return;
    }
    if (performance.now() - started < GIVE_UP_AFTER_MS) {
      requestAnimationFrame(attempt);
      return;
    }
    if (document.activeElement === document.body) document.querySelector<HTMLElement>('main')?.focus();
  };
  requestAnimationFrame(attempt);
}
