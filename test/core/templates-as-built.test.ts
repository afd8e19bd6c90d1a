// The test server serves our templates as the build ships them (web-test-runner.config.mjs runs
// the build's html minifier): a line break between two tags is gone, so no text node is left in
// a headline card for style and layout to walk, and what tests render is what partners get.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/news-card.js';

const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Feed',
  items: [
    { id: '1', title: 'Title', date_published: '2023-10-19T12:00:00+03:00', _news: { source: 'Agency', views: 3 } },
  ],
};

describe('templates as built', () => {
  it('leave no whitespace text node between the tags of a headline card', async () => {
    const el = await fixture<HTMLElement>(html`<news-card variant="headline" .data=${feed}></news-card>`);
    expect(el.getAttribute('status')).to.equal('ready');
    const walker = document.createTreeWalker(el.shadowRoot as ShadowRoot, NodeFilter.SHOW_TEXT);
    const blank: string[] = [];
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (!node.textContent?.trim()) blank.push(`${node.previousSibling?.nodeName}|${node.nextSibling?.nodeName}`);
    }
    expect(blank).to.deep.equal([]);
  });
});
