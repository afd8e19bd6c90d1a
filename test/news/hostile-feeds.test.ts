import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/news-card.js';
import '../../src/news-feed.js';
import type { NewsCardElement } from '../../src/news/news-card.js';

// Every text field carries markup and script, every URL field a javascript: or data: URL, and the
// article HTML the usual tricks. Nothing may run and no markup may reach the page.
const script = '<script>window.__hostile=1</script><img src=x onerror="window.__hostile=2">';
const jsUrl = 'javascript:window.__hostile=3';
const item = {
  id: `id${script}`,
  url: jsUrl,
  external_url: 'data:text/html,<script>window.__hostile=4</script>',
  title: `Title ${script}`,
  summary: `Summary ${script}`,
  content_text: `Text ${script}`,
  content_html: [
    '<p onclick="window.__hostile=5" style="position:fixed;inset:0">Body</p>',
    '<svg onload="window.__hostile=6"><script>window.__hostile=7</script></svg>',
    '<img src="x" onerror="window.__hostile=8">',
    '<iframe src="javascript:window.__hostile=9"></iframe>',
    '<a href="javascript:window.__hostile=10">link</a>',
    '<style>:host, body { display: none }</style>',
    '<form action="https://evil.example"><input name="q"></form>',
    '<math><mi xlink:href="javascript:window.__hostile=11">x</mi></math>',
  ].join(''),
  image: jsUrl,
  banner_image: 'vbscript:msgbox(1)',
  date_published: script,
  authors: [{ name: `Author ${script}`, url: jsUrl, avatar: jsUrl }],
  tags: [`tag ${script}`],
  language: `ru" onmouseover="window.__hostile=12`,
  _news: { source: `Source ${script}`, views: 5, image_credit: `Credit ${script}` },
};
const feed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: `Feed ${script}`,
  home_page_url: jsUrl,
  items: [item],
};

const win = window as unknown as { __hostile?: number };

function assertInert(root: ShadowRoot) {
  expect(root.querySelector('script, iframe, object, embed, form, input, style, math')).to.equal(null);
  // The only SVG is our own eye icon.
  expect([...root.querySelectorAll('svg')].every((svg) => svg.classList.contains('icon'))).to.equal(true);
  const attributes = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
  expect(attributes.filter((name) => name.startsWith('on') || name === 'style')).to.deep.equal([]);
  for (const el of root.querySelectorAll('[href], [src]')) {
    const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
    expect(url, el.outerHTML).to.match(/^https?:\/\//);
  }
}

describe('hostile feeds', () => {
  beforeEach(() => {
    win.__hostile = undefined;
  });

  for (const variant of ['headline', 'summary', 'full']) {
    it(`runs nothing and leaks no markup in a ${variant} card`, async () => {
      const wrapper = await mount<HTMLElement>(html`<div></div>`);
      const el = document.createElement('news-card') as NewsCardElement;
      el.variant = variant as NewsCardElement['variant'];
      el.data = feed;
      const loaded = oneEvent(el, 'widget-load');
      wrapper.append(el);
      await loaded;
      // widget-load comes after the sanitized body is on screen; a frame lets any image error
      // handlers fire, were there any.
      await new Promise(requestAnimationFrame);
      const root = el.shadowRoot as ShadowRoot;
      assertInert(root);
      expect(root.querySelector('[part="title"]')?.textContent?.trim()).to.equal(item.title);
      if (variant === 'full') expect(root.querySelector('[part="body"]')?.textContent).to.contain('Body');
      expect(win.__hostile).to.equal(undefined);
      expect(document.querySelector('body > script:not([type]), body > img')).to.equal(null);
    });
  }

  it('runs nothing in a feed list', async () => {
    const el = await mount(html`<news-feed .data=${feed}></news-feed>`);
    if (el.getAttribute('status') !== 'ready') await oneEvent(el, 'widget-load');
    await (el as NewsCardElement).updateComplete;
    assertInert(el.shadowRoot as ShadowRoot);
    expect(win.__hostile).to.equal(undefined);
  });
});
