// `heading-level`: each element's own first headings take the level the host page's outline
// needs, as real <h2>…<h6>; what a stranger types by hand becomes the nearest level or the default.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import { fixture } from '../support/server.js';

type Widget = HTMLElement & { headingLevel: number; updateComplete: Promise<unknown> };

const channel = { id: 'c', name: 'Канал', timezone: 'Europe/Moscow' };
const news = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'Заголовок' }] };
const cases: [tag: string, data: unknown, heading: string][] = [
  ['news-card', news, '[part="title"]'],
  ['news-feed', news, '[part="title"]'],
  ['tv-schedule', { channel, programmes: [{ start: '2023-10-20T01:00:00+03:00', title: 'Передача' }] }, '[part="day"]'],
  ['subscribe-form', undefined, '[part="heading"]'],
];

async function show(tag: string, data: unknown, level?: string): Promise<Widget> {
  const host = await mount<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag) as Widget & { data?: unknown };
  if (level !== undefined) el.setAttribute('heading-level', level);
  if (data !== undefined) {
    el.data = data;
    const loaded = oneEvent(el, 'widget-load');
    host.append(el);
    await loaded;
  } else {
    host.append(el);
  }
  await el.updateComplete;
  return el;
}

const tagOf = (el: Widget, selector: string) => el.shadowRoot?.querySelector(selector)?.localName;

describe('heading-level', () => {
  for (const [tag, data, selector] of cases) {
    it(`<${tag}> heads its content with an h3 by default, and at the level asked`, async () => {
      expect(tagOf(await show(tag, data), selector)).to.equal('h3');
      expect(tagOf(await show(tag, data, '2'), selector)).to.equal('h2');
      expect(tagOf(await show(tag, data, '6'), selector)).to.equal('h6');
    });

    it(`<${tag}> reads a level typed by hand as the nearest one, or the default`, async () => {
      for (const [typed, level] of [
        ['1', 'h2'],
        ['9', 'h6'],
        [' 4 ', 'h4'],
        ['4.4', 'h4'],
        ['three', 'h3'],
        ['', 'h3'],
      ]) {
        expect(tagOf(await show(tag, data, typed), selector), `heading-level="${typed}"`).to.equal(level);
      }
    });

    it(`<${tag}> follows a level set later, by attribute or property`, async () => {
      const el = await show(tag, data);
      el.setAttribute('heading-level', '5');
      await el.updateComplete;
      expect(tagOf(el, selector)).to.equal('h5');
      el.headingLevel = 2;
      await el.updateComplete;
      expect(tagOf(el, selector)).to.equal('h2');
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(tagOf(el, selector)).to.equal('h3');
    });
  }

  it('fits a page outline: under the page’s h1 at level 2, under a section’s h2 by default (axe heading-order)', async () => {
    const page = await mount<HTMLElement>(html`<main>
      <h1>Статья</h1>
      <news-card heading-level="2" src=${fixture('news.json')}></news-card>
      <section>
        <h2>Рассылка</h2>
        <subscribe-form action="/api/subscribe"></subscribe-form>
      </section>
    </main>`);
    const card = page.querySelector('news-card') as Widget;
    if (card.getAttribute('status') !== 'ready') await oneEvent(card, 'widget-load');
    await card.updateComplete;
    await expect(page).to.be.accessible();
  });
});
