/**
 * A fixed box whose content scrolls inside it (the schedule, the tag cloud) takes focus while it
 * has something to scroll, so keyboard users can scroll it too.
 */
export function letKeyboardScroll(box: HTMLElement | null): void {
  if (!box) return;
  if (box.scrollHeight > box.clientHeight) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}

/**
 * Runs `read` in the next animation frame, just before the browser lays the page out for it
 * anyway. Read in the update instead, sizes force a layout of their own inside the element's
 * task: with a 5 MB feed, 110 ms of the tag cloud's update. Nothing it throws reaches the page.
 */
export function beforeNextLayout(read: () => void): void {
  requestAnimationFrame(() => {
    try {
      read();
    } catch {
      // A box that is gone keeps what it had: nothing to scroll, nothing to tell.
    }
  });
}
