import { expect, html } from '@open-wc/testing';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import '../../src/news-feed.js';
import type { NewsFeedElement } from '../../src/news/news-feed.js';
import { renderWidget } from '../support/render.js';
import { fixture } from '../support/server.js';

const manyItems = (count: number) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Лента',
  items: Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    url: `https://example.org/news/${i}`,
    title: `Новость ${i + 1}`,
    summary: `Кратко о новости ${i + 1}.`,
    date_published: '2023-10-19T12:00:00+03:00',
    _news: { source: 'Большая Азия', views: i * 10 },
  })),
});

const feedOf = (template: ReturnType<typeof html>) => renderWidget<NewsFeedElement>(template, 'news-feed');
const titles = (el: Element) =>
  [...(el.shadowRoot as ShadowRoot).querySelectorAll('[part~="title"]')].map((t) => t.textContent?.trim());

afterEach(() => clearFeedCache());

describe('<news-feed>', () => {
  it('lists the sample feed as a list of articles', async () => {
    const el = await feedOf(html`<news-feed lang="ru" src=${fixture('news.json')}></news-feed>`);
    const list = el.shadowRoot?.querySelector('[part="list"]') as HTMLUListElement;
    expect(list.localName).to.equal('ul');
    expect(list.getAttribute('aria-label')).to.equal('Большая Азия — новости');
    expect(list.querySelectorAll(':scope > li > article')).to.have.length(1);
  });

  it('shows 10 items by default and `limit` when given', async () => {
    expect(titles(await feedOf(html`<news-feed .data=${manyItems(25)}></news-feed>`))).to.have.length(10);
    const limited = await feedOf(html`<news-feed limit="3" .data=${manyItems(25)}></news-feed>`);
    expect(titles(limited)).to.deep.equal(['Новость 1', 'Новость 2', 'Новость 3']);
    limited.limit = 5;
    await limited.updateComplete;
    expect(titles(limited)).to.have.length(5);
  });

  it('is empty for a feed without items', async () => {
    const el = await feedOf(html`<news-feed .data=${manyItems(0)}></news-feed>`);
    expect(el.status).to.equal('empty');
    expect(el.shadowRoot?.querySelector('[part="empty"]')?.textContent).to.equal('Nothing here yet.');
  });

  it('makes a compact headline column', async () => {
    const el = await feedOf(html`<news-feed variant="headline" limit="5" .data=${manyItems(5)}></news-feed>`);
    expect(el.shadowRoot?.querySelectorAll('[part~="image"], [part~="summary"]')).to.have.length(0);
    expect(el.shadowRoot?.querySelectorAll('[part~="meta"]')).to.have.length(5);
  });

  it('renders 1 000 items', async () => {
    const el = await feedOf(html`<news-feed limit="1000" .data=${manyItems(1000)}></news-feed>`);
    expect(titles(el)).to.have.length(1000);
  });

  it('skips a second item with an id already seen (1 and "1" are one id), across any updates', async () => {
    const item = (id: unknown, title: string) => ({ id, title });
    const feed = (...items: object[]) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items });
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      const el = await feedOf(
        html`<news-feed variant="headline" .data=${feed(item(1, 'one'), item('1', 'one again'), item(2, 'two'))}></news-feed>`,
      );
      expect(titles(el)).to.deep.equal(['one', 'two']);
      const updates = [
        feed(item('2', 'two'), item(2, 'two again'), item(1, 'one')),
        feed(item(3, 'three'), item('3', 'x'), item('3', 'y'), item(1, 'one')),
        feed(item(1, 'one'), item(1, 'one'), item(2, 'two'), item(2, 'two'), item(3, 'three')),
        feed(item(3, 'three'), item(1, 'one')),
        feed(item(1, 'one'), item(3, 'three'), item(1, 'one'), item(2, 'two')),
      ];
      const expected = [
        ['two', 'one'],
        ['three', 'one'],
        ['one', 'two', 'three'],
        ['three', 'one'],
        ['one', 'three', 'two'],
      ];
      for (const [i, data] of updates.entries()) {
        const loaded = new Promise<CustomEvent>((resolve) =>
          el.addEventListener('widget-load', (event) => resolve(event as CustomEvent), { once: true }),
        );
        (el as { data: unknown }).data = data;
        const { detail } = await loaded;
        expect(detail.skipped, `update ${i}`).to.equal(data.items.length - expected[i].length);
        expect(titles(el), `update ${i}`).to.deep.equal(expected[i]);
      }
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('keeps item DOM across a refresh of the same items', async () => {
    const el = await feedOf(html`<news-feed limit="3" .data=${manyItems(3)}></news-feed>`);
    const first = el.shadowRoot?.querySelector('li');
    el.data = manyItems(3);
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('li')).to.equal(first);
  });

  for (const variant of ['headline', 'summary']) {
    it(`passes axe as a ${variant} list`, async () => {
      const el = await feedOf(
        html`<news-feed lang="ru" variant=${variant} limit="3" .data=${manyItems(3)}></news-feed>`,
      );
      await expect(el).to.be.accessible();
    });
  }
});
