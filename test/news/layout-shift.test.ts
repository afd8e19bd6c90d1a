import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/news-card.js';
import '../../src/news-feed.js';
import { fixture, uniqueKey } from '../support/server.js';

const sample = await (await fetch(fixture('news.json'))).json();
const [article] = sample.items;
const feed = { ...sample, items: [0, 1, 2].map((i) => ({ ...article, id: `a${i}`, image: fixture(article.image) })) };

// The skeleton stands in for the content: when the feed arrives the page around it should not jump.
// Text wraps differently at each width, so the check allows some slack either way.
describe('news skeletons', () => {
  for (const [tag, variant, width] of [
    ['news-card', 'summary', 640],
    ['news-card', 'headline', 640],
    ['news-card', 'summary', 300],
    ['news-card', 'headline', 300],
    ['news-feed', 'headline', 300],
    ['news-feed', 'summary', 640],
  ] as const) {
    it(`${tag} ${variant} at ${width}px reserves about the height it will take`, async () => {
      const box = await mount<HTMLElement>(html`<div lang="ru" style="width: ${width}px"></div>`);
      const make = () => {
        const el = document.createElement(tag);
        el.setAttribute('variant', variant);
        el.setAttribute('limit', '3');
        return el;
      };
      const loading = make();
      loading.setAttribute('src', `/api/hang/${uniqueKey('skeleton')}`);
      box.append(loading);
      await loading.updateComplete;
      const reserved = loading.getBoundingClientRect().height;
      const ready = make();
      const loaded = oneEvent(ready, 'widget-load');
      ready.data = feed;
      box.append(ready);
      await loaded;
      const final = ready.getBoundingClientRect().height;
      expect(reserved / final, `reserved ${reserved}px for ${final}px`).to.be.within(0.85, 1.15);
    });
  }
});
