// A stranger's feed with a 1 MB word where a title or a name goes: the element reaches its final
// status, shows a bounded text, and stays within a box of ordinary size.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { bounded, MAX } from '../../src/core/text.js';
import '../../src/index.js';

const WORD = 'Ж'.repeat(1_000_000);
const feeds: [tag: string, data: unknown, attributes?: Record<string, string>][] = [
  [
    'news-card',
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: WORD,
      items: [{ id: '1', title: WORD, summary: WORD, _news: { source: WORD, image_credit: WORD }, tags: [WORD] }],
    },
  ],
  [
    'news-feed',
    { version: 'https://jsonfeed.org/version/1.1', title: WORD, items: [{ id: '1', title: WORD, content_text: WORD }] },
    { variant: 'summary' },
  ],
  [
    'tv-schedule',
    {
      channel: { id: 'c', name: WORD, timezone: 'UTC' },
      programmes: [{ start: '2023-10-20T01:00:00Z', title: WORD, subtitle: WORD, category: WORD, description: WORD }],
    },
  ],
  ['country-tag-cloud', [WORD, 'Китай', { name: WORD, code: 'LA' }]],
];

describe('huge fields', () => {
  it('are cut to their longest length with an ellipsis, and long words too', () => {
    const title = bounded(WORD, MAX.title) as string;
    expect(title.length).to.equal(MAX.title);
    expect(title.endsWith('…')).to.equal(true);
    // A run with no break opportunity is cut even where the field may be long.
    expect((bounded(WORD, MAX.article) as string).length).to.be.at.most(1000);
    expect(bounded('  kept as it is  ', MAX.title)).to.equal('kept as it is');
    // Never half a surrogate pair.
    expect(bounded('😀'.repeat(400), MAX.title)?.endsWith('…')).to.equal(true);
    expect(bounded('😀'.repeat(400), MAX.title)).to.not.match(/[\uD800-\uDBFF]…$/);
  });

  for (const [tag, data, attributes = {}] of feeds) {
    it(`<${tag}> with a 1 MB word ends ready, inside an ordinary box`, async () => {
      const host = await mount<HTMLDivElement>(html`<div style="inline-size: 320px"></div>`);
      const el = document.createElement(tag) as HTMLElement & { data: unknown; updateComplete: Promise<unknown> };
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      el.lang = 'ru';
      el.data = data;
      const loaded = oneEvent(el, 'widget-load');
      host.append(el);
      await loaded;
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('ready');
      const box = el.getBoundingClientRect();
      expect(box.width).to.be.at.most(320);
      // A few thousand characters wrap in a narrow column; a million would be 100 000 px.
      expect(box.height).to.be.below(20_000);
      expect(document.documentElement.scrollWidth).to.be.at.most(window.innerWidth);
      const text = (el.shadowRoot as ShadowRoot).textContent ?? '';
      expect(text.length).to.be.below(20_000);
    });
  }
});
