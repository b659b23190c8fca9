'use client';

// A blade closes at once and the page underneath renders again without it once the navigation
// lands, which on a busy server takes a while. Focus must not fall to <body> on the way (the
// keyboard would be lost, Escape would do nothing): it goes back to what the blade was opened from
// as soon as the blade has gone, and follows that element if the arriving page replaces it.

/** Marks what a blade gives focus back to, e.g. `returnFocusAttribute('item', id)` on a grid row. */
export function returnFocusAttribute(kind: string, id = ''): Record<'data-return-focus', string> {
  return { 'data-return-focus': id ? `${kind}:${id}` : kind };
}

function selectorFor(target: string): string {
  return `[data-return-focus="${CSS.escape(target)}"]`;
}

const GIVE_UP_AFTER_MS = 5000;
/** The page underneath settles after the navigation lands (fresh data can re-mount a command): focus is kept that long. */
const KEEP_AFTER_ARRIVAL_MS = 5000;
/** A navigation that never lands stops the watch all the same. */
const KEEP_AT_MOST_MS = 60_000;

function findTarget(targets: string[]): HTMLElement | undefined {
  return targets.map((target) => document.querySelector<HTMLElement>(selectorFor(target))).find((found): found is HTMLElement => Boolean(found));
}

function isAt(href: string): boolean {
  const target = new URL(href, window.location.href);
  return target.pathname === window.location.pathname && target.search === window.location.search;
}

/**
 * Once the open blade has left the page, focuses the first of `targets` found (as marked by
 * returnFocusAttribute: "item:<id>", "reprotect-command" …), else the page's main region. Until the
 * page at `arrivalHref` has settled, focus that falls to <body> is given back to the target.
 */
export function returnFocusAfterBladeCloses(targets: string[], arrivalHref: string): void {
  const started = performance.now();
  let focused = false;
  let arrivedAt: number | null = null;
  const attempt = () => {
    const now = performance.now();
    const found = findTarget(targets);
    if (!focused) {
      if (!document.querySelector('[role="dialog"]') && found) {
        found.focus();
        focused = true;
      } else if (now - started >= GIVE_UP_AFTER_MS) {
        if (document.activeElement === document.body) document.querySelector<HTMLElement>('main')?.focus();
        return;
      }
    } else if (document.activeElement === document.body && found) {
      // Only focus that was lost is given back: the operator may have moved on already.
      found.focus();
    }
    if (arrivedAt === null && isAt(arrivalHref)) arrivedAt = now;
    if (focused && arrivedAt !== null && now - arrivedAt >= KEEP_AFTER_ARRIVAL_MS) return;
    if (now - started >= KEEP_AT_MOST_MS) return;
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
