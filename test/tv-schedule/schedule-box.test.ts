// The schedule's box is fixed: the same height while loading, with a few rows, with many, empty and
// failed, so nothing around it ever moves. The `upcoming` strip is exactly its N + 1 rows.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/tv-schedule.js';
import type { TvScheduleElement } from '../../src/tv-schedule/tv-schedule.js';
import { boxHeights } from '../support/box-heights.js';

const channel = { id: 'c', name: 'Канал', timezone: 'Europe/Moscow' };
const NOW = new Date('2023-10-20T01:05:00+03:00');
const programmes = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    start: new Date(Date.UTC(2023, 9, 19, 21, 0) + i * 20 * 60_000).toISOString(),
    title: i % 3 ? `Передача ${i}` : `Очень длинное название передачи, которое не помещается в одну строку (${i})`,
    rating: '12+' as const,
  }));

const heights = (width: number, attributes: Record<string, string>, cases: Record<string, unknown>) =>
  boxHeights(
    'tv-schedule',
    width,
    (el) => {
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      (el as TvScheduleElement).now = NOW;
      el.innerHTML = '<a href="https://example.org/tv">Программа передач</a>';
    },
    cases,
  );

/** An `upcoming` strip of 60 programmes at `width`, loaded and rendered. */
async function strip(width: number, upcoming: number): Promise<TvScheduleElement> {
  const box = await mount<HTMLElement>(html`<div lang="ru" style="width: ${width}px"></div>`);
  const el = document.createElement('tv-schedule') as TvScheduleElement;
  el.setAttribute('timezone', 'Europe/Moscow');
  el.setAttribute('upcoming', String(upcoming));
  el.now = NOW;
  el.data = { channel, programmes: programmes(60) };
  const loaded = oneEvent(el, 'widget-load');
  box.append(el);
  await loaded;
  await el.updateComplete;
  return el;
}

describe('<tv-schedule> box', () => {
  for (const width of [300, 412, 800]) {
    it(`is one fixed height in every state at ${width}px`, async () => {
      const found = await heights(
        width,
        { timezone: 'Europe/Moscow' },
        {
          few: { channel, programmes: programmes(2) },
          many: { channel, programmes: programmes(60) },
          empty: { channel, programmes: [] },
          error: { programmes: 'broken' },
        },
      );
      for (const [state, height] of Object.entries(found)) {
        expect(Math.abs(height - found.loading), `${state}: ${height} against ${found.loading}`).to.be.below(1);
      }
    });

    for (const upcoming of [0, 2, 5]) {
      it(`upcoming=${upcoming} at ${width}px is exactly its ${upcoming + 1} rows, loading or ready`, async () => {
        const found = await heights(
          width,
          { timezone: 'Europe/Moscow', upcoming: String(upcoming) },
          {
            ready: { channel, programmes: programmes(60) },
          },
        );
        expect(Math.abs(found.ready - found.loading), `ready ${found.ready} against ${found.loading}`).to.be.below(1);
        const el = await strip(width, upcoming);
        const scroller = el.shadowRoot?.querySelector('.scroller') as HTMLElement;
        expect(el.shadowRoot?.querySelectorAll('[part~="programme"]')).to.have.length(upcoming + 1);
        // Every row in view, none cut, and no blank below the last: nothing to scroll.
        expect(scroller.scrollHeight - scroller.clientHeight).to.be.below(1);
        const rows = [...(el.shadowRoot?.querySelectorAll('[part~="programme"]') ?? [])];
        const gap = scroller.getBoundingClientRect().bottom - 1 - rows[rows.length - 1].getBoundingClientRect().bottom;
        expect(Math.abs(gap), `${gap}px below the last row`).to.be.below(0.5);
      });
    }
  }

  // A partner's narrow sidebar: the strip's rows keep one line each, so what they hold must fit it.
  for (const width of [200, 260]) {
    it(`a ${width}px upcoming strip keeps its day and on-air lines on one line each, and room for titles`, async () => {
      const el = await strip(width, 2);
      const root = el.shadowRoot as ShadowRoot;
      const row = (root.querySelector('.row[part~="on-air"]') as HTMLElement).getBoundingClientRect();
      const badge = root.querySelector('.badge') as HTMLElement;
      const live = (root.querySelector('.live') as HTMLElement).getBoundingClientRect();
      const lineHeight = parseFloat(getComputedStyle(badge).lineHeight);
      expect(badge.getBoundingClientRect().height, 'the badge on one line').to.be.below(lineHeight * 1.5);
      expect(live.bottom - row.bottom, 'the on-air line inside its row').to.be.at.most(0.5);
      expect(live.right - row.right, 'the on-air line inside its row').to.be.at.most(0.5);
      // The day heading keeps its one line too: every row in view, nothing to scroll.
      const scroller = root.querySelector('.scroller') as HTMLElement;
      expect(scroller.scrollHeight - scroller.clientHeight, 'nothing to scroll').to.be.below(1);
      for (const title of root.querySelectorAll('.row .title')) {
        expect(title.getBoundingClientRect().width, 'room for a title').to.be.at.least(width * 0.3);
      }
    });
  }
});
