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

/** Once the page underneath has arrived, how long its target may take to appear. */
const GIVE_UP_AFTER_MS = 10_000;
/** The page underneath settles after the navigation lands (a loading state, fresh data): focus is kept that long at least. */
const KEEP_AFTER_ARRIVAL_MS = 15_000;
/** A navigation that never lands stops the watch all the same. */
const KEEP_AT_MOST_MS = 60_000;

function findTarget(targets: string[]): HTMLElement | undefined {
  return targets.map((target) => document.querySelector<HTMLElement>(selectorFor(target))).find((found): found is HTMLElement => Boolean(found));
}

/** A dialog on screen; one leaving (hidden while its exit ends) does not count. */
function dialogShown(): boolean {
  return [...document.querySelectorAll<HTMLElement>('[role="dialog"]')].some((dialog) => dialog.getClientRects().length > 0 && getComputedStyle(dialog).visibility !== 'hidden');
}

/** A field someone is typing into is theirs, however focus got there. */
function isEditable(element: Element | null): boolean {
  return element instanceof HTMLElement && (element.isContentEditable || element.matches('input, textarea, select'));
}

function isAt(href: string): boolean {
  const target = new URL(href, window.location.href);
  return target.pathname === window.location.pathname && target.search === window.location.search;
}

/** A watch owed to a closed blade; kept in the tab's session so that a full page load can take it over. */
interface PendingReturn {
  id: string;
  targets: string[];
  arrivalHref: string;
  /** Date.now() when the blade closed: a reloaded page has another performance clock. */
  closedAt: number;
}

const PENDING_KEY = 'vault-portal:return-focus';

function remember(pending: PendingReturn): void {
  try {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  } catch {
    // Storage may be off (a private window): a soft navigation still gets its focus back.
  }
}

function forget(id: string): void {
  try {
    if (recalled()?.id === id) sessionStorage.removeItem(PENDING_KEY);
  } catch {
    // As in remember.
  }
}

function recalled(): PendingReturn | null {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { id, targets, arrivalHref, closedAt } = value as Partial<PendingReturn>;
    if (typeof id !== 'string' || typeof arrivalHref !== 'string' || typeof closedAt !== 'number') return null;
    if (!Array.isArray(targets) || !targets.every((target) => typeof target === 'string')) return null;
    return { id, targets, arrivalHref, closedAt };
  } catch {
    return null;
  }
}

/**
 * Once the open blade has left the page, focuses the first of `targets` found (as marked by
 * returnFocusAttribute: "item:<id>", "reprotect-command" …), else the page's main region. Until the
 * page at `arrivalHref` has settled, or the operator clicks or types, focus stays there, on the
 * element's replacement when the page re-mounts it, and on the new page's when the router falls
 * back to a full page load (see resumeReturnFocus).
 */
export function returnFocusAfterBladeCloses(targets: string[], arrivalHref: string): void {
  const pending: PendingReturn = { id: Math.random().toString(36).slice(2), targets, arrivalHref, closedAt: Date.now() };
  remember(pending);
  watch(pending);
}

/**
 * On a page's first load: a blade closed just before, whose navigation ended in a full page load
 * (the router does that when a fetch of the page fails), still gets its focus return here.
 */
export function resumeReturnFocus(): void {
  const pending = recalled();
  if (!pending) return;
  if (Date.now() - pending.closedAt >= KEEP_AT_MOST_MS || !isAt(pending.arrivalHref)) return forget(pending.id);
  watch(pending);
}

function watch({ id, targets, arrivalHref, closedAt }: PendingReturn): void {
  const started = performance.now() - Math.max(0, Date.now() - closedAt);
  let focused = false;
  let arrivedAt: number | null = null;
  let operatorMoved = false;
  const moved = () => {
    if (focused) operatorMoved = true;
  };
  const stop = () => {
    window.removeEventListener('pointerdown', moved, true);
    window.removeEventListener('keydown', moved, true);
    forget(id);
  };
  window.addEventListener('pointerdown', moved, true);
  window.addEventListener('keydown', moved, true);
  const attempt = () => {
    const now = performance.now();
    const found = findTarget(targets);
    if (operatorMoved) return stop();
    if (arrivedAt === null && isAt(arrivalHref)) arrivedAt = now;
    if (!focused) {
      if (!dialogShown() && found) {
        found.focus();
        focused = true;
      } else if ((arrivedAt !== null && now - arrivedAt >= GIVE_UP_AFTER_MS) || now - started >= KEEP_AT_MOST_MS) {
        if (document.activeElement === document.body) document.querySelector<HTMLElement>('main')?.focus();
        return stop();
      }
    } else if (found && document.activeElement !== found && !isEditable(document.activeElement)) {
      // Until the operator acts, focus belongs here: the page re-mounting the element, or a
      // closing overlay restoring focus to what it remembers, does not get to move it.
      found.focus();
    }
    if (focused && arrivedAt !== null && now - arrivedAt >= KEEP_AFTER_ARRIVAL_MS) return stop();
    if (now - started >= KEEP_AT_MOST_MS) return stop();
    requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
