import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { langOf, resolveLocale } from '../../src/core/locale.js';
import '../support/test-feed.js';
import type { TestFeedElement } from '../support/test-feed.js';

describe('locale', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('takes the element’s own lang first', async () => {
    const el = await mount(html`<div lang="en"><span lang="ru-RU"></span></div>`);
    expect(resolveLocale(el.querySelector('span') as Element)).to.equal('ru-RU');
  });

  it('then the nearest ancestor’s, skipping empty ones', async () => {
    const el = await mount(html`<div lang="ru"><p lang=""><span></span></p></div>`);
    expect(resolveLocale(el.querySelector('span') as Element)).to.equal('ru');
  });

  it('crosses shadow roots to the host’s ancestors', async () => {
    const el = await mount(html`<div lang="ru"><section></section></div>`);
    const root = (el.querySelector('section') as HTMLElement).attachShadow({ mode: 'open' });
    root.innerHTML = '<b></b>';
    expect(resolveLocale(root.querySelector('b') as Element)).to.equal('ru');
  });

  it('then the document’s, then the browser’s', async () => {
    const el = await mount(html`<span></span>`);
    document.documentElement.lang = 'ru';
    expect(resolveLocale(el)).to.equal('ru');
    document.documentElement.lang = '';
    expect(resolveLocale(el)).to.equal('en-US');
  });

  it('ignores a tag Intl would throw on', async () => {
    const el = await mount(html`<div lang="ru"><span lang="x_bad_tag!"></span></div>`);
    expect(resolveLocale(el.querySelector('span') as Element)).to.equal('ru');
  });

  it('maps tags to message languages with English as the fallback', () => {
    expect(langOf('ru')).to.equal('ru');
    expect(langOf('ru-RU')).to.equal('ru');
    expect(langOf('RU-by')).to.equal('ru');
    expect(langOf('rue')).to.equal('en');
    expect(langOf('de-DE')).to.equal('en');
  });

  it('re-renders when an ancestor’s lang changes', async () => {
    const host = await mount<HTMLDivElement>(html`<div lang="en"></div>`);
    const el = document.createElement('test-feed') as TestFeedElement;
    el.data = 'not a feed';
    const failed = oneEvent(el, 'widget-error');
    host.append(el);
    await failed;
    await el.updateComplete;
    const message = () => el.shadowRoot?.querySelector('[part="error"] p')?.textContent;
    expect(message()).to.equal('This content is in a format we cannot show.');
    host.lang = 'ru';
    // The MutationObserver's callback was queued by the change, so it runs before this microtask;
    // it asks for a render, which updateComplete then waits for.
    await Promise.resolve();
    await el.updateComplete;
    expect(message()).to.equal('Эти материалы пришли в формате, который мы не можем показать.');
  });
});
