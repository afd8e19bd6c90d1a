// The cloud's box is fixed: the same height while loading, with three tags or five hundred, empty
// and failed, so nothing around it moves; tags that do not fit scroll inside, by keyboard too.
import { expect, nextFrame } from '@open-wc/testing';
import '../../src/country-tag-cloud.js';
import { boxHeights } from '../support/box-heights.js';

const cases = {
  few: ['Япония', 'Китай', 'Непал'],
  many: Array.from({ length: 500 }, (_, i) => ({ name: `Страна ${i}`, weight: i })),
  empty: [],
  error: { countries: 'none' },
};

describe('<country-tag-cloud> box', () => {
  for (const width of [300, 412, 800]) {
    it(`is one fixed height in every state at ${width}px, and scrolls by keyboard when full`, async () => {
      const found = await boxHeights(
        'country-tag-cloud',
        width,
        (el) => {
          el.setAttribute('href-template', '/country/{name}');
          el.innerHTML = '<a href="https://example.org/countries">Все страны</a>';
        },
        cases,
        async (name, el) => {
          // The tab stop is decided in the frame's own layout, before it is drawn.
          await nextFrame();
          const list = el.shadowRoot?.querySelector<HTMLElement>('.list');
          if (name === 'many') {
            expect(list?.tabIndex).to.equal(0);
            await expect(el).to.be.accessible();
          }
          if (name === 'few') expect(list?.hasAttribute('tabindex')).to.equal(false);
        },
      );
      for (const [state, height] of Object.entries(found)) {
        expect(Math.abs(height - found.loading), `${state}: ${height} against ${found.loading}`).to.be.below(1);
      }
    });
  }
});
