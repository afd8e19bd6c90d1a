/**
 * A fixed box whose content scrolls inside it (the schedule, the tag cloud) takes focus while it
 * has something to scroll, so keyboard users can scroll it too.
 */
export function letKeyboardScroll(box: HTMLElement | null): void {
  if (!box) return;
  if (box.scrollHeight > box.clientHeight) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}

const queued = new WeakMap<object, () => void>();

/**
 * Runs `read` (the latest one given for `owner`) in the next animation frame, just before the
 * browser lays the page out for it anyway. Read in the update instead, sizes force a layout of
 * their own inside the element's task: with a 5 MB feed, 110 ms of the tag cloud's longest task.
 * Nothing it throws reaches the page.
 */
export function beforeNextLayout(owner: object, read: () => void): void {
  const waiting = queued.has(owner);
  queued.set(owner, read);
  if (waiting) return;
  requestAnimationFrame(() => {
    const latest = queued.get(owner);
    queued.delete(owner);
    try {
      latest?.();
    } catch {
      // A box that is gone or not laid out keeps what it had: nothing to scroll, nothing to tell.
    }
  });
}
