import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/news-card.js';
import '../../src/news-feed.js';
import { fixture, uniqueKey } from '../support/server.js';

const sample = await (await fetch(fixture('news.json'))).json();
const [article] = sample.items;
/** Items as strangers write them: long and short titles, with and without photo, summary or meta. */
const items = [
  { ...article, id: 'a0', image: fixture(article.image) },
  { id: 'a1', title: 'Коротко' },
  {
    id: 'a2',
    title: `${article.title} `.repeat(6),
    summary: `${article.summary} `.repeat(8),
    url: 'https://example.org/a2',
  },
  { id: 'a3', summary: 'Без заголовка, без фото, без даты.', _news: { views: 12 } },
];

// The skeleton is the content's box: when the feed arrives, nothing around the element moves, for
// any width and whatever the items hold. (Full articles are the one estimate: they grow.)
describe('news skeletons', () => {
  for (const [tag, variant, limit] of [
    ['news-card', 'summary', 1],
    ['news-card', 'headline', 1],
    ['news-feed', 'headline', 4],
    ['news-feed', 'summary', 4],
    ['news-feed', 'headline', 2],
  ] as const) {
    for (const width of [300, 412, 640, 1000]) {
      it(`${tag} ${variant} (limit ${limit}) at ${width}px reserves exactly the height it takes`, async () => {
        const box = await mount<HTMLElement>(html`<div lang="ru" style="width: ${width}px"></div>`);
        const make = () => {
          const el = document.createElement(tag);
          el.setAttribute('variant', variant);
          el.setAttribute('limit', String(limit));
          // The partner's fallback link is inside while loading: it must not add to the box.
          el.innerHTML = '<a href="https://example.org/">Новости «Большой Азии»</a>';
          return el;
        };
        const loading = make();
        loading.setAttribute('src', `/api/hang/${uniqueKey('skeleton')}`);
        box.append(loading);
        await loading.updateComplete;
        const reserved = loading.getBoundingClientRect().height;
        for (const [i, item] of items.entries()) {
          if (tag === 'news-card' && i > 0) continue;
          const ready = make();
          const loaded = oneEvent(ready, 'widget-load');
          (ready as HTMLElement & { data: unknown }).data = {
            ...sample,
            items: tag === 'news-card' ? [item] : [...items.slice(i), ...items.slice(0, i)],
          };
          box.append(ready);
          await loaded;
          const final = ready.getBoundingClientRect().height;
          expect(Math.abs(reserved - final), `reserved ${reserved}px for ${final}px (items from ${i})`).to.be.below(1);
          ready.remove();
        }
        // A card of each kind of item, one by one.
        if (tag === 'news-card') {
          for (const item of items.slice(1)) {
            const ready = make();
            const loaded = oneEvent(ready, 'widget-load');
            (ready as HTMLElement & { data: unknown }).data = { ...sample, items: [item] };
            box.append(ready);
            await loaded;
            const final = ready.getBoundingClientRect().height;
            expect(Math.abs(reserved - final), `reserved ${reserved}px for ${final}px (${item.id})`).to.be.below(1);
            ready.remove();
          }
        }
      });
    }
  }
});
