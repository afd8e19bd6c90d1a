// A stranger's feed of each kind that the schemas refuse as a whole, or in part: the element says
// where (widget-error's message names the first bad path), the reader sees a localized message, and
// 99 good items of 100 still render.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/index.js';

type Widget = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

async function show(tag: string, data: unknown, event: 'widget-load' | 'widget-error') {
  const host = await mount<HTMLDivElement>(html`<div lang="ru"></div>`);
  const el = document.createElement(tag) as Widget;
  // All of a list, not the first 10.
  el.setAttribute('limit', '100');
  el.data = data;
  const settled = oneEvent(el, event);
  host.append(el);
  const { detail } = await settled;
  await el.updateComplete;
  return { el, detail };
}

const channel = { id: 'c', name: 'Канал', timezone: 'Europe/Moscow' };
const refused: [tag: string, data: unknown, message: string][] = [
  [
    'news-feed',
    { version: 'https://jsonfeed.org/version/2', title: 'T', items: [] },
    'Feed does not match its schema at version: does not match /^https?:\\/\\/jsonfeed\\.org\\/version\\/1(\\.1)?$/',
  ],
  [
    'news-card',
    { version: 'https://jsonfeed.org/version/1.1', items: [] },
    'Feed does not match its schema at title: required',
  ],
  [
    'tv-schedule',
    { channel: { ...channel, timezone: 3 }, programmes: [] },
    'Feed does not match its schema at channel.timezone: expected string',
  ],
  ['country-tag-cloud', { countries: 'Япония' }, 'Feed does not match its schema at countries: expected array'],
];

const halfBroken: [tag: string, data: unknown, shown: (el: Widget) => number][] = [
  [
    'news-feed',
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: Array.from({ length: 100 }, (_, i) =>
        i === 50 ? { id: 'x', _news: { views: 1.5 } } : { id: `n${i}`, title: `News ${i}` },
      ),
    },
    (el) => el.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0,
  ],
  [
    'tv-schedule',
    {
      channel,
      programmes: Array.from({ length: 100 }, (_, i) => ({
        start: new Date(Date.UTC(2023, 9, 20) + i * 600_000).toISOString().replace('.000Z', i === 7 ? '' : 'Z'),
        title: `Programme ${i}`,
      })),
    },
    (el) => el.shadowRoot?.querySelectorAll('[part~="programme"]').length ?? 0,
  ],
  [
    'country-tag-cloud',
    Array.from({ length: 100 }, (_, i) => (i === 3 ? { code: 'JPN' } : `Страна ${i}`)),
    (el) => el.shadowRoot?.querySelectorAll('[part~="tag"]').length ?? 0,
  ],
];

describe('feeds the schemas refuse', () => {
  for (const [tag, data, message] of refused) {
    it(`<${tag}> names the first bad path in widget-error and shows a localized message`, async () => {
      const { el, detail } = await show(tag, data, 'widget-error');
      expect(detail).to.deep.equal({ code: 'schema', message });
      expect(el.getAttribute('status')).to.equal('error');
      const state = el.shadowRoot?.querySelector('[part="error"]')?.textContent ?? '';
      expect(state).to.contain('в формате, который мы не можем показать');
      expect(state).to.not.contain('schema');
    });
  }

  for (const [tag, data, shown] of halfBroken) {
    it(`<${tag}> skips one bad entry of 100 and shows the other 99`, async () => {
      const { el, detail } = await show(tag, data, 'widget-load');
      expect(detail.skipped).to.equal(1);
      expect(shown(el)).to.equal(99);
    });
  }
});
