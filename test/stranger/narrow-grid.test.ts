// Partner layouts are grids and flex rows, whose items are as wide as their content needs at least:
// a widget must never need more than the width it is given (a one-line meta, a one-line title of the
// upcoming strip, the email row), or it pushes the partner's column wider than the screen.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { fixture } from '../support/server.js';

const now = new Date('2023-10-20T01:15:00+03:00');
const cases: [tag: string, attributes: Record<string, string>][] = [
  ['news-card', { src: fixture('news.json') }],
  ['news-card', { src: fixture('news.json'), variant: 'headline' }],
  ['news-card', { src: fixture('news.json'), variant: 'full' }],
  ['news-feed', { src: fixture('news.json'), variant: 'headline' }],
  ['tv-schedule', { src: fixture('tv-schedule.json'), timezone: 'Europe/Moscow', upcoming: '2' }],
  ['tv-schedule', { src: fixture('tv-schedule.json'), timezone: 'Europe/Moscow' }],
  ['country-tag-cloud', { src: fixture('countries.json') }],
  ['subscribe-form', { action: '/api/subscribe', consent: '' }],
];

describe('widgets in a partner’s grid column', () => {
  for (const [tag, attributes] of cases) {
    it(`<${tag} ${Object.keys(attributes).join(' ')}> stays within a 240 px grid column`, async () => {
      const column = await mount<HTMLElement>(html`<div lang="ru" style="display: grid; width: 240px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { now?: Date; updateComplete: Promise<unknown> };
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      if (tag === 'tv-schedule') el.now = now;
      const settled = tag === 'subscribe-form' ? null : oneEvent(el, 'widget-load');
      column.append(el);
      await settled;
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.equal(240);
      expect(column.scrollWidth).to.equal(240);
    });
  }
});
