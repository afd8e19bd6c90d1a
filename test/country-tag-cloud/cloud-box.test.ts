// The cloud's box is fixed: the same height while loading, with three tags or five hundred, empty
// and failed, so nothing around it moves; tags that do not fit scroll inside, by keyboard too.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/country-tag-cloud.js';
import { uniqueKey } from '../support/server.js';

type Cloud = HTMLElement & { data: unknown; updateComplete: Promise<unknown> };

describe('<country-tag-cloud> box', () => {
  for (const width of [300, 412, 800]) {
    it(`is one fixed height in every state at ${width}px, and scrolls by keyboard when full`, async () => {
      const box = await mount<HTMLElement>(html`<div lang="ru" style="width: ${width}px"></div>`);
      const make = () => {
        const el = document.createElement('country-tag-cloud') as Cloud;
        el.setAttribute('href-template', '/country/{name}');
        el.innerHTML = '<a href="https://example.org/countries">Все страны</a>';
        return el;
      };
      const loading = make();
      loading.setAttribute('src', `/api/hang/${uniqueKey('cloud-box')}`);
      box.append(loading);
      await loading.updateComplete;
      const reserved = loading.getBoundingClientRect().height;
      const cases = {
        few: ['Япония', 'Китай', 'Непал'],
        many: Array.from({ length: 500 }, (_, i) => ({ name: `Страна ${i}`, weight: i })),
        empty: [],
        error: { countries: 'none' },
      };
      for (const [name, data] of Object.entries(cases)) {
        const el = make();
        el.data = data;
        const settled = Promise.race([oneEvent(el, 'widget-load'), oneEvent(el, 'widget-error')]);
        box.append(el);
        await settled;
        await el.updateComplete;
        const height = el.getBoundingClientRect().height;
        expect(Math.abs(height - reserved), `${name}: ${height} against ${reserved}`).to.be.below(1);
        const list = el.shadowRoot?.querySelector<HTMLElement>('.list');
        if (name === 'many') expect(list?.tabIndex).to.equal(0);
        if (name === 'few') expect(list?.hasAttribute('tabindex')).to.equal(false);
        if (name === 'many') await expect(el).to.be.accessible();
        el.remove();
      }
    });
  }
});
