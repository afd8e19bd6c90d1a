// Frameworks (Vue, Preact, React with raw tags) set props on an element before its code has run,
// when the loader has not loaded it yet: with no `data` property to see, they write an attribute
// (`data="[object Object]"`, `now="Tue Dec 01 2026 …"`). Each test builds the element first and
// defines its tag after, as the loader does: the element is upgraded with what was set on it.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { NewsCardElement } from '../../src/news/news-card.js';
import { TvScheduleElement } from '../../src/tv-schedule/tv-schedule.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; status: string };

const feed = (image?: string) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'T',
  items: [{ id: '1', title: 'Заголовок', summary: 'Текст', image }],
});

let count = 0;
/** A tag of its own per test, defined only after the element exists and has its attributes. */
async function upgradeLater(base: CustomElementConstructor, set: (el: HTMLElement) => void): Promise<Widget> {
  const tag = `late-widget-${++count}`;
  const host = await mount<HTMLElement>(html`<div lang="ru"></div>`);
  const el = document.createElement(tag);
  set(el);
  host.append(el);
  const settled = Promise.race([oneEvent(el, 'widget-load'), oneEvent(el, 'widget-error')]);
  customElements.define(tag, class extends (base as typeof HTMLElement) {});
  const event = (await settled) as CustomEvent;
  await (el as Widget).updateComplete;
  (el as Widget & { lastEvent?: CustomEvent }).lastEvent = event;
  return el as Widget;
}

const eventOf = (el: Widget) => (el as Widget & { lastEvent: CustomEvent }).lastEvent;

describe('props set before the element is defined', () => {
  it('data="[object Object]" (an object a framework could not set yet) is an error with its event, not "empty"', async () => {
    const el = await upgradeLater(NewsCardElement, (el) => el.setAttribute('data', String({})));
    expect(el.status).to.equal('error');
    expect(eventOf(el).type).to.equal('widget-error');
    expect(eventOf(el).detail.code).to.equal('parse');
    expect(eventOf(el).detail.message).to.equal(
      'The data attribute is not JSON ("[object Object]"): set the data property instead',
    );
    expect(el.shadowRoot?.querySelector('[part="error"]')).to.not.equal(null);
  });

  it('a blank data attribute is not set: the element reads its src', async () => {
    const el = await upgradeLater(NewsCardElement, (el) => {
      el.setAttribute('data', ' ');
      el.setAttribute('src', new URL('../fixtures/news.json', import.meta.url).href);
    });
    expect(el.status).to.equal('ready');
    expect(eventOf(el).type).to.equal('widget-load');
  });

  it('a data attribute written as JSON is the feed', async () => {
    const el = await upgradeLater(NewsCardElement, (el) => el.setAttribute('data', JSON.stringify(feed())));
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot?.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Заголовок');
  });

  it('the data property set before definition reaches the element', async () => {
    const el = await upgradeLater(NewsCardElement, (el) => {
      (el as HTMLElement & { data: unknown }).data = feed();
    });
    expect(el.status).to.equal('ready');
    expect(eventOf(el).detail.data.items[0].title).to.equal('Заголовок');
  });

  it('now as an attribute: a Date written out as text, or ISO 8601, is the time shown', async () => {
    const schedule = {
      channel: { id: 'c', name: 'Канал', timezone: 'Europe/Moscow' },
      programmes: [
        { start: '2023-10-20T01:00:00+03:00', title: 'Первая' },
        { start: '2023-10-20T02:00:00+03:00', title: 'Вторая' },
        { start: '2023-10-20T03:00:00+03:00', title: 'Третья' },
      ],
    };
    for (const now of [String(new Date('2023-10-20T02:30:00+03:00')), '2023-10-20T02:30:00+03:00']) {
      const el = await upgradeLater(TvScheduleElement, (el) => {
        el.setAttribute('timezone', 'Europe/Moscow');
        el.setAttribute('data', JSON.stringify(schedule));
        el.setAttribute('now', now);
      });
      const onAir = el.shadowRoot?.querySelector('[aria-current="true"] [part="title"]');
      expect(onAir?.textContent?.trim(), now).to.equal('Вторая');
    }
  });

  it('base resolves the relative URLs of a data feed (attribute and property); without it, the page’s URL', async () => {
    const withAttribute = await upgradeLater(NewsCardElement, (el) => {
      el.setAttribute('base', 'https://cdn.example.org/feeds/news.json');
      (el as HTMLElement & { data: unknown }).data = feed('images/photo.svg');
    });
    const image = (el: Widget) => (el.shadowRoot?.querySelector('img') as HTMLImageElement | null)?.src;
    expect(image(withAttribute)).to.equal('https://cdn.example.org/feeds/images/photo.svg');
    (withAttribute as Widget & { base: string }).base = 'https://other.example.org/a/';
    await withAttribute.updateComplete;
    await withAttribute.updateComplete;
    expect(image(withAttribute)).to.equal('https://other.example.org/a/images/photo.svg');
    const without = await upgradeLater(NewsCardElement, (el) => {
      (el as HTMLElement & { data: unknown }).data = feed('images/photo.svg');
    });
    expect(image(without)).to.equal(new URL('images/photo.svg', document.baseURI).href);
  });
});
