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
/** The page underneath settles after the blade leaves (fresh data can re-mount a command): focus is kept that long. */
const KEEP_FOR_MS = 10_000;

function findTarget(targets: string[]): HTMLElement | undefined {
  return targets.map((target) => document.querySelector<HTMLElement>(selectorFor(target))).find((found): found is HTMLElement => Boolean(found));
}

/**
 * After the open blade has left the page, focuses the first of `targets` found (as marked by
 * returnFocusAttribute: "item:<id>", "reprotect-command" …), else the page's main region. If the
 * element is replaced while the page settles, focus follows to its replacement.
 */
export function returnFocusAfterBladeCloses(targets: string[]): void {
  const started = performance.now();
  let focusedAt: number | null = null;
  const attempt = () => {
    const now = performance.now();
    const bladeGone = !document.querySelector('[role="dialog"]');
    const found = findTarget(targets);
    if (focusedAt === null) {
      if (bladeGone && found) {
        found.focus();
        focusedAt = now;
      } else if (now - started >= GIVE_UP_AFTER_MS) {
        if (document.activeElement === document.body) document.querySelector<HTMLElement>('main')?.focus();
        return;
      }
    } else {
      // Only focus that was lost is given back: the operator may have moved on already.
      if (document.activeElement === document.body && found) found.focus();
      if (now - focusedAt >= KEEP_FOR_MS) return;
    }
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
