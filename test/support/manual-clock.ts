import { type Clock, replaceClock } from '../../src/core/clock.js';

interface Timer {
  id: number;
  at: number;
  ms: number;
  callback: () => void;
}

/**
 * A clock that moves only when a test says so. `scheduled(ms)` resolves when code under test has
 * set a timer of that length, so a test waits on the event rather than on wall time.
 */
export class ManualClock implements Clock {
  private time = 1_700_000_000_000;
  private timers: Timer[] = [];
  private nextId = 1;
  private waiters: { ms: number; resolve: () => void }[] = [];
  private restore = replaceClock(this);

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): number {
    const timer = { id: this.nextId++, at: this.time + ms, ms, callback };
    this.timers.push(timer);
    for (const waiter of this.waiters.filter((w) => w.ms === ms)) waiter.resolve();
    this.waiters = this.waiters.filter((waiter) => waiter.ms !== ms);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((timer) => timer.id !== handle);
  }

  /** Resolves once a timer of `ms` milliseconds is pending. */
  scheduled(ms: number): Promise<void> {
    if (this.timers.some((timer) => timer.ms === ms)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ ms, resolve }));
  }

  /** Moves time on, running every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.timers.filter((timer) => timer.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.timers = this.timers.filter((timer) => timer !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = end;
  }

  /** Jumps to an instant without running timers (set it before the code under test arms any). */
  setTime(ms: number): void {
    this.time = ms;
  }

  /** Puts the system clock back. */
  uninstall(): void {
    this.restore();
  }
}
