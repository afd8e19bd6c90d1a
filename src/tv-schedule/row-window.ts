import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Lists longer than this render a window of rows that grows as the reader scrolls. */
export const WINDOW_THRESHOLD = 300;
/** How many rows a window grows by as the reader nears one of its ends. */
export const WINDOW_STEP = 100;
/**
 * How many rows a window opens with: LEAD above the focused row, and below it some 40, about four
 * views of a schedule at its default height. Enough that the window does not grow before the
 * reader scrolls (its ends are further than the observer's 400 px margin), and no more: a first
 * render of 10 000 programmes draws these, not a hundred.
 */
export const WINDOW_OPEN = 60;
/** Rows kept above the focused one when a window opens. */
const LEAD = 20;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A window over a long list. `slice()` gives the rows to render: all of them up to
 * WINDOW_THRESHOLD, else WINDOW_OPEN rows opened around a focus row. While `windowed`, the host
 * renders `<div class="sentinel" data-edge="start">` before the rows and `data-edge="end"` after
 * them inside its scroller; when one nears the scroller's view, the window grows that way (at the
 * start keeping the reader's place). One observer per scroller, not one per update.
 */
export class RowWindow implements ReactiveController {
  private range?: [number, number];
  private length = 0;
  private openedFor?: readonly unknown[];
  private observer?: IntersectionObserver;
  private observedIn?: HTMLElement;
  private observed: Element[] = [];
  /** The range the sentinels were last looked at for: a grown window looks again. */
  private observedRange?: [number, number];

  constructor(
    private readonly host: Host,
    private readonly scroller: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  /** Whether the last slice was a window (so the host renders the sentinels). */
  get windowed(): boolean {
    return this.range !== undefined;
  }

  /**
   * The rows to render. A window (WINDOW_OPEN rows) opens afresh when `inputs` differ from the
   * last ones (new data, other filters), around the row `focus()` gives (or the first, for -1):
   * asked only then, since finding it may walk a long list.
   */
  slice<T>(rows: readonly T[], inputs: readonly unknown[], focus: () => number): readonly T[] {
    this.length = rows.length;
    if (rows.length <= WINDOW_THRESHOLD) {
      this.range = undefined;
      return rows;
    }
    const same = this.openedFor?.length === inputs.length && this.openedFor.every((value, i) => value === inputs[i]);
    if (!same || !this.range) {
      this.openedFor = inputs;
      const from = Math.max(0, Math.max(0, focus()) - LEAD);
      this.range = [from, Math.min(rows.length, from + WINDOW_OPEN)];
    }
    const [from, to] = this.range;
    return rows.slice(from, to);
  }

  hostUpdated(): void {
    const scroller = this.scroller();
    if (!this.range || !scroller) {
      this.stop();
      return;
    }
    if (this.observedIn !== scroller) {
      this.stop();
      this.observedIn = scroller;
      this.observer = new IntersectionObserver((entries) => this.grow(entries, scroller), {
        root: scroller,
        rootMargin: '400px 0px',
      });
    }
    const sentinels = [...scroller.querySelectorAll('.sentinel')];
    const moved = this.observedRange?.[0] !== this.range[0] || this.observedRange?.[1] !== this.range[1];
    if (!moved && sentinels.length === this.observed.length && sentinels.every((s, i) => s === this.observed[i]))
      return;
    // Observed anew, a sentinel still in view reports again, so a window keeps growing while it is.
    for (const sentinel of this.observed) this.observer?.unobserve(sentinel);
    for (const sentinel of sentinels) this.observer?.observe(sentinel);
    this.observed = sentinels;
    this.observedRange = [...this.range];
  }

  hostDisconnected(): void {
    this.stop();
  }

  private grow(entries: IntersectionObserverEntry[], scroller: HTMLElement): void {
    const entry = entries.find((each) => each.isIntersecting);
    if (!this.range || !entry) return;
    const [from, to] = this.range;
    if (entry.target.getAttribute('data-edge') === 'start') {
      if (from === 0) return;
      const before = scroller.scrollHeight;
      this.range = [Math.max(0, from - WINDOW_STEP), to];
      this.host.requestUpdate();
      this.host.updateComplete.then(() => {
        scroller.scrollTop += scroller.scrollHeight - before;
      });
    } else if (to < this.length) {
      this.range = [from, Math.min(this.length, to + WINDOW_STEP)];
      this.host.requestUpdate();
    }
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observedIn = undefined;
    this.observed = [];
    this.observedRange = undefined;
  }
}
