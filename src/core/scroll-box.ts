/**
 * A fixed box whose content scrolls inside it (the schedule, the tag cloud) takes focus while it
 * has something to scroll, so keyboard users can scroll it too.
 */
export function letKeyboardScroll(box: HTMLElement | null): void {
  if (!box) return;
  if (box.scrollHeight > box.clientHeight) box.tabIndex = 0;
  else box.removeAttribute('tabindex');
}
