import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import '../../src/news-card.js';
import type { NewsCardElement } from '../../src/news/news-card.js';
import { renderWidget } from '../support/render.js';
import { fixture } from '../support/server.js';

const news = fixture('news.json');
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`) as HTMLElement | null;
/** Whether an element is there for the reader (rendered, not hidden). */
const shown = (el: Element | null | undefined) => Boolean(el?.checkVisibility());
const TITLE = 'Сергей Лавров встретился с Ким Чен Ыном в ходе официального визита в КНДР';

const card = (template: ReturnType<typeof html>) => renderWidget<NewsCardElement>(template, 'news-card');

/** A one-item feed, given as data. */
const feedOf = (item: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Test',
  items: [{ id: 'x', ...item }],
  ...extra,
});

afterEach(() => clearFeedCache());

describe('<news-card>', () => {
  it('is registered, and defining it again is harmless', async () => {
    expect(customElements.get('news-card')).to.exist;
    const { define } = await import('../../src/core/define.js');
    const { NewsCardElement } = await import('../../src/news/news-card.js');
    expect(() => define('news-card', class extends NewsCardElement {})).not.to.throw();
  });

  // The publisher's source is long ("Медиаресурс «Большая Азия»"): on a phone it gives way, the
  // date and the views count stay whole (at 412 px they showed as "👁 32", at 360 px not at all).
  for (const width of [360, 412, 1350]) {
    it(`keeps the date and the views whole on the meta line at ${width}px`, async () => {
      const box = await mount<HTMLElement>(html`<div style="width: ${width}px"></div>`);
      const el = document.createElement('news-card') as NewsCardElement;
      el.lang = 'ru';
      el.setAttribute('src', news);
      const loaded = oneEvent(el, 'widget-load');
      box.append(el);
      await loaded;
      await el.updateComplete;
      // Within the meta line, and the meta line within the card.
      const card = el.getBoundingClientRect();
      const line = (part(el, 'meta') as HTMLElement).getBoundingClientRect();
      const meta = { left: Math.max(card.left, line.left), right: Math.min(card.right, line.right) };
      for (const selector of ['time', '.views']) {
        const shownPart = shadow(el).querySelector(`[part="meta"] ${selector}`) as HTMLElement;
        const rect = shownPart.getBoundingClientRect();
        expect(rect.width, `${selector} has room`).to.be.above(0);
        expect(shownPart.scrollWidth, `${selector} is not cut`).to.be.at.most(Math.ceil(rect.width));
        expect(rect.right, `${selector} within the line`).to.be.at.most(meta.right + 0.5);
        expect(rect.left, `${selector} within the line`).to.be.at.least(meta.left - 0.5);
      }
      expect(shadow(el).querySelector('[part="meta"] .views [aria-hidden]')?.textContent).to.equal('3259');
    });
  }

  describe('summary (default)', () => {
    it('shows the sample article as a quality news card, in Russian', async () => {
      const el = await card(html`<news-card lang="ru" src=${news}></news-card>`);
      expect(el.status).to.equal('ready');
      const title = part(el, 'title') as HTMLElement;
      expect(title.localName).to.equal('h3');
      expect(title.textContent?.trim()).to.equal(TITLE);
      const link = title.querySelector('a') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.org/news/lavrov-kim-jong-un-2023-10-19');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      const meta = part(el, 'meta') as HTMLElement;
      const time = meta.querySelector('time') as HTMLTimeElement;
      expect(time.textContent).to.equal('19.10.2023');
      expect(time.dateTime).to.equal('2023-10-19T09:00:00.000Z');
      expect(meta.textContent).to.contain('Медиаресурс «Большая Азия»');
      expect(meta.querySelector('.visually-hidden')?.textContent).to.equal('3259 просмотров');
      expect(meta.querySelector('[aria-hidden="true"]')?.textContent?.trim()).to.equal('3259');
      expect(part(el, 'credit')?.textContent).to.equal('Фото: Пресс-служба МИД России');
      expect(part(el, 'summary')?.textContent).to.match(/^18–19 октября министр иностранных дел России/);
      expect(part(el, 'more')?.textContent).to.equal(`Читать далее: ${TITLE}`);
      expect(part(el, 'body')).to.equal(null);
    });

    it('speaks English on an English page', async () => {
      const el = await card(html`<div lang="en"><news-card src=${news}></news-card></div>`);
      expect(part(el, 'meta')?.querySelector('time')?.textContent).to.equal('Oct 19, 2023');
      expect(part(el, 'meta')?.querySelector('.visually-hidden')?.textContent).to.equal('3,259 views');
      expect(part(el, 'credit')?.textContent).to.equal('Photo: Пресс-служба МИД России');
      expect(part(el, 'more')?.textContent?.startsWith('Read more')).to.equal(true);
    });

    it('resolves a relative image against the feed URL, lazily, with alt text and a fixed frame', async () => {
      const el = await card(html`<news-card src=${news}></news-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      expect(img.src).to.equal(new URL('images/lavrov-pyongyang.svg', news).href);
      expect(img.loading).to.equal('lazy');
      expect(img.alt).to.equal(TITLE);
      const frame = img.parentElement as HTMLElement;
      const { width, height } = frame.getBoundingClientRect();
      expect(width / height).to.be.closeTo(16 / 9, 0.01);
    });

    it('keeps the frame and drops the broken image and its credit when the photo fails', async () => {
      const data = feedOf({ title: 'T', image: '/missing-photo.jpg', _news: { image_credit: 'Someone' } });
      const el = await card(html`<news-card .data=${data}></news-card>`);
      const img = part(el, 'image') as HTMLImageElement;
      const frame = img.parentElement as HTMLElement;
      const before = frame.getBoundingClientRect().height;
      if (!img.complete || img.naturalWidth === 0) await oneEvent(img, 'error').catch(() => undefined);
      await el.updateComplete;
      expect(part(el, 'image')).to.equal(null);
      expect(part(el, 'credit')).to.equal(null);
      expect(frame.isConnected).to.equal(true);
      expect(frame.getBoundingClientRect().height).to.equal(before);
    });

    it('takes the first paragraph of the text when there is no summary', async () => {
      const el = await card(
        html`<news-card .data=${feedOf({ title: 'T', content_text: 'First.\n\nSecond.' })}></news-card>`,
      );
      expect(part(el, 'summary')?.textContent).to.equal('First.');
    });

    it('takes the first paragraph of the HTML when there is no summary or text', async () => {
      const wrapper = await mount<HTMLElement>(html`<div></div>`);
      const el = document.createElement('news-card');
      el.data = feedOf({ title: 'T', content_html: '<p>First <b>bold</b>.</p><p>Second.</p>' });
      // The sanitizer loads on demand; the card stays loading until the summary can be shown.
      const loaded = oneEvent(el, 'widget-load');
      wrapper.append(el);
      await loaded;
      expect(part(el, 'summary')?.textContent).to.equal('First bold.');
    });

    it('renders an item without _news: no source, views or credit', async () => {
      const el = await card(
        html`<news-card .data=${feedOf({ title: 'Plain', date_published: '2024-01-02T10:00:00Z' })}></news-card>`,
      );
      expect(shown(part(el, 'meta')?.querySelector('.views'))).to.equal(false);
      expect(shown(part(el, 'meta')?.querySelector('.source'))).to.equal(false);
      expect(shown(part(el, 'meta')?.querySelector('time'))).to.equal(true);
      expect(part(el, 'meta')?.querySelector('time')).to.exist;
    });

    it('shows nothing it cannot vouch for (no link without a URL, no meta without data), keeping the boxes', async () => {
      const el = await card(html`<news-card .data=${feedOf({ title: 'Bare' })}></news-card>`);
      expect(part(el, 'title')?.querySelector('a[href]')).to.equal(null);
      expect(part(el, 'title')?.getAttribute('role') ?? 'heading').to.equal('heading');
      const meta = part(el, 'meta');
      expect(meta?.checkVisibility({ visibilityProperty: true })).to.equal(false);
      expect(meta?.getBoundingClientRect().height).to.be.above(0);
      expect(part(el, 'more')).to.equal(null);
      // The photo's frame stays, empty, so every summary card has the same height.
      expect(part(el, 'figure')?.querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('headline', () => {
    it('shows the title and meta line only', async () => {
      const el = await card(html`<news-card lang="ru" variant="headline" src=${news}></news-card>`);
      expect(part(el, 'title')?.textContent?.trim()).to.equal(TITLE);
      expect(part(el, 'meta')).to.exist;
      for (const name of ['figure', 'summary', 'more', 'body']) expect(part(el, name), name).to.equal(null);
    });
  });

  describe('full', () => {
    it('stays loading until the article can be shown, then fires widget-load with it in place', async () => {
      const wrapper = await mount<HTMLElement>(html`<div></div>`);
      const el = document.createElement('news-card');
      el.variant = 'full';
      el.src = news;
      const loaded = oneEvent(el, 'widget-load');
      wrapper.append(el);
      await loaded;
      expect(el.status).to.equal('ready');
      expect(part(el, 'body')?.querySelectorAll('p')).to.have.length(6);
    });

    it('opens every link where target says, the links in the article too', async () => {
      const data = feedOf({ title: 'T', url: '/a', content_html: '<p><a href="/elsewhere">in the text</a></p>' });
      const el = await card(html`<news-card variant="full" target="_self" .data=${data}></news-card>`);
      const targets = () => [...shadow(el).querySelectorAll('a')].map((a) => a.target);
      expect(targets()).to.deep.equal(['_self', '_self']);
      el.target = '_top';
      await el.updateComplete;
      expect(targets()).to.deep.equal(['_top', '_top']);
    });

    it('shows the sanitized article, tags and authors', async () => {
      const data = feedOf({
        title: 'T',
        content_html: '<p>One</p><p>Two</p>',
        tags: ['КНДР', 'МИД'],
        authors: [{ name: 'Иван Петров', url: '/authors/ivan' }, { name: 'Anna' }],
      });
      const el = await card(html`<news-card lang="ru" variant="full" .data=${data}></news-card>`);
      expect([...(part(el, 'body') as HTMLElement).querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal([
        'One',
        'Two',
      ]);
      expect([...(part(el, 'tags') as HTMLElement).querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
        'КНДР',
        'МИД',
      ]);
      const authors = part(el, 'authors') as HTMLElement;
      expect(authors.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Авторы: Иван Петров, Anna');
      expect(authors.querySelector('a')?.getAttribute('href')).to.equal(
        new URL('/authors/ivan', document.baseURI).href,
      );
      expect(part(el, 'more')).to.equal(null);
    });

    it('splits content_text into paragraphs when there is no HTML', async () => {
      const data = feedOf({ title: 'T', content_text: 'First line\nsame paragraph.\n\nSecond.' });
      const el = await card(html`<news-card variant="full" .data=${data}></news-card>`);
      const paragraphs = [...(part(el, 'body') as HTMLElement).querySelectorAll('p')].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal(['First line\nsame paragraph.', 'Second.']);
    });
  });

  describe('item', () => {
    const two = {
      version: 'https://jsonfeed.org/version/1',
      title: 'Two',
      items: [
        { id: 'a', title: 'First' },
        { id: 'b', title: 'Second' },
      ],
    };

    it('picks an item by id', async () => {
      const el = await card(html`<news-card item="b" .data=${two}></news-card>`);
      expect(part(el, 'title')?.textContent?.trim()).to.equal('Second');
    });

    it('is empty for an unknown id, and recovers when item changes', async () => {
      const el = await card(html`<news-card item="nope" .data=${two}></news-card>`);
      expect(el.status).to.equal('empty');
      expect(part(el, 'empty')).to.exist;
      el.item = 'a';
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(part(el, 'title')?.textContent?.trim()).to.equal('First');
    });
  });

  describe('feed validation', () => {
    it('skips and counts items with no title, summary or content', async () => {
      const data = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'Mixed',
        items: [{ id: 'empty' }, { id: 'neg', title: 'Bad views', _news: { views: -1 } }, { id: 'ok', title: 'Good' }],
      };
      const wrapper = await mount<HTMLElement>(html`<div></div>`);
      const el = document.createElement('news-card');
      const loaded = oneEvent(el, 'widget-load');
      el.data = data;
      wrapper.append(el);
      expect((await loaded).detail.skipped).to.equal(2);
      expect(part(el, 'title')?.textContent?.trim()).to.equal('Good');
    });

    it('refuses a feed that is not JSON Feed', async () => {
      const el = await card(
        html`<news-card .data=${{ version: 'https://example.org/rss', title: 'x', items: [] }}></news-card>`,
      );
      expect(el.status).to.equal('error');
    });
  });

  describe('right to left', () => {
    it('lays the card out from the right', async () => {
      const el = await card(html`<div dir="rtl"><news-card src=${news}></news-card></div>`);
      const article = part(el, 'item') as HTMLElement;
      const more = part(el, 'more') as HTMLElement;
      expect(getComputedStyle(article).direction).to.equal('rtl');
      const gap = article.getBoundingClientRect().right - more.getBoundingClientRect().right;
      expect(gap).to.be.closeTo(16 + 1, 1);
    });
  });

  describe('accessibility', () => {
    for (const variant of ['headline', 'summary', 'full']) {
      it(`passes axe in the ${variant} variant`, async () => {
        const el = await card(html`<news-card lang="ru" variant=${variant} src=${news}></news-card>`);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('<news-card> set up before its code has loaded', () => {
  it('keeps properties a page or framework set before the element was defined', async () => {
    // A tag of its own, defined only after the properties are set, as when the script loads late.
    const tag = `late-card-${Math.random().toString(36).slice(2, 8)}`;
    const el = document.createElement(tag) as NewsCardElement;
    el.data = feedOf({ id: '1', title: 'Set early' });
    el.variant = 'headline';
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    const loaded = oneEvent(el, 'widget-load');
    const { NewsCardElement } = await import('../../src/news/news-card.js');
    customElements.define(tag, class extends NewsCardElement {});
    await loaded;
    await el.updateComplete;
    expect(part(el, 'title')?.textContent?.trim()).to.equal('Set early');
    expect(el.getAttribute('variant')).to.equal('headline');
    expect(part(el, 'summary')).to.equal(null);
  });
});
