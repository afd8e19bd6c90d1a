/**
 * The timers the core runs on. Swappable so tests and stories can drive time
 * (refresh, backoff, timeout) without waiting for it.
 */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

let current: Clock = systemClock;

/** The clock in use now. */
export const clock = (): Clock => current;

/** Replaces the clock; returns a function that puts the system clock back. */
export function replaceClock(replacement: Clock): () => void {
  current = replacement;
  return () => {
    current = systemClock;
  };
}
