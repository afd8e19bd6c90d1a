import { clock } from '../core/clock.js';

// One timer for every schedule on the page, set for the next minute boundary and re-armed each
// minute while anyone listens; cleared when the last listener leaves.
const listeners = new Set<() => void>();
let timer: unknown;

function arm(): void {
  const now = clock().now();
  timer = clock().setTimeout(tick, 60_000 - (now % 60_000));
}

function tick(): void {
  timer = undefined;
  for (const listener of [...listeners]) listener();
  if (listeners.size > 0) arm();
}

/** Calls `listener` at every minute boundary. Returns the function that stops it. */
export function onMinute(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) arm();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clock().clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** True while a minute timer is set: for tests of release on removal. */
export const tickerActive = (): boolean => timer !== undefined;
