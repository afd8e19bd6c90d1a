// The schedule's window over long lists, on its own: a host that renders numbered rows in a
// scroller, as <tv-schedule> does with its programmes.
import { expect, html, fixture as mount, nextFrame, waitUntil } from '@open-wc/testing';
import { LitElement, nothing } from 'lit';
import { RowWindow, WINDOW_OPEN, WINDOW_THRESHOLD } from '../../src/tv-schedule/row-window.js';

class WindowHost extends LitElement {
  static override properties = { rows: { attribute: false }, focusRow: { attribute: false } };
  rows: number[] = [];
  focusRow = -1;
  updates = 0;
  readonly window = new RowWindow(this, () => this.renderRoot.querySelector('.scroller'));

  override render() {
    const shown = this.window.slice(this.rows, [this.rows], () => this.focusRow);
    const sentinel = (edge: string) =>
      this.window.windowed ? html`<div class="sentinel" data-edge=${edge}></div>` : nothing;
    return html`<div class="scroller" style="position: relative; height: 200px; overflow-y: auto">
      ${sentinel('start')}${shown.map((n) => html`<p style="height: 50px; margin: 0" data-n=${n}>${n}</p>`)}${sentinel('end')}
    </div>`;
  }

  override firstUpdated(): void {
    // As the schedule brings the programme on air into view: the reader starts at the focus.
    const row = this.renderRoot.querySelector<HTMLElement>(`[data-n="${this.focusRow}"]`);
    if (row) (this.renderRoot.querySelector('.scroller') as HTMLElement).scrollTop = row.offsetTop;
  }

  override updated(): void {
    this.updates++;
  }
}
customElements.define('window-host', WindowHost);

const numbers = (count: number) => Array.from({ length: count }, (_, i) => i);
const shown = (host: WindowHost) => [...host.renderRoot.querySelectorAll('p')].map((p) => Number(p.dataset.n));
const scroller = (host: WindowHost) => host.renderRoot.querySelector('.scroller') as HTMLElement;

async function host(count: number, focus: number): Promise<WindowHost> {
  const el = await mount<WindowHost>(html`<window-host .rows=${numbers(count)} .focusRow=${focus}></window-host>`);
  await el.updateComplete;
  // The observer's first report comes in a frame.
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}

describe('RowWindow', () => {
  it(`renders every row of a list up to ${WINDOW_THRESHOLD}, with no sentinels`, async () => {
    const el = await host(WINDOW_THRESHOLD, 100);
    expect(shown(el)).to.have.length(WINDOW_THRESHOLD);
    expect(el.window.windowed).to.equal(false);
    expect(el.renderRoot.querySelectorAll('.sentinel')).to.have.length(0);
  });

  it(`opens a window of ${WINDOW_OPEN} rows on a longer list, just above the focused row`, async () => {
    const el = await host(1000, 500);
    const rows = shown(el);
    expect(rows).to.have.length(WINDOW_OPEN);
    expect(rows[0]).to.be.within(450, 500);
    expect(rows).to.include(500);
  });

  it('does not grow before the reader scrolls: its ends are beyond the observer’s margin', async () => {
    const el = await host(1000, 500);
    const updates = el.updates;
    for (let i = 0; i < 5; i++) await nextFrame();
    expect(el.updates).to.equal(updates);
    expect(shown(el)).to.have.length(WINDOW_OPEN);
  });

  it('grows at the end as the reader scrolls down, and stops at the last row', async () => {
    const el = await host(1000, 800);
    while (shown(el).at(-1) !== 999) {
      const last = shown(el).at(-1);
      scroller(el).scrollTop = scroller(el).scrollHeight;
      await waitUntil(() => shown(el).at(-1) !== last, 'the window grows', { timeout: 10_000 });
    }
    // At the end nothing is left to grow: no more updates, however long the end stays in view.
    const updates = el.updates;
    for (let i = 0; i < 5; i++) await nextFrame();
    expect(el.updates).to.equal(updates);
  });

  it('grows at the start as the reader scrolls up, keeping the row in view where it was', async () => {
    const el = await host(1000, 500);
    const first = shown(el)[0];
    // Rows are rendered by position: the one showing `first` is found again by its number.
    const top = () => (el.renderRoot.querySelector(`[data-n="${first}"]`) as HTMLElement).getBoundingClientRect().top;
    scroller(el).scrollTop = 0;
    const before = top();
    await waitUntil(() => shown(el)[0] < first, 'the window grows upwards', { timeout: 10_000 });
    await el.updateComplete;
    expect(top() - before).to.be.closeTo(0, 1);
  });

  it('opens afresh around the focus for a new list', async () => {
    const el = await host(1000, 500);
    el.rows = numbers(2000);
    el.focusRow = 1500;
    await el.updateComplete;
    expect(shown(el)).to.include(1500);
  });
});
