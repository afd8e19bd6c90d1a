// The form's box does not move: idle, failed or subscribed, with a short heading or a long one,
// it keeps one height at each width (a long failure message, very narrow, within a line).
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import '../../src/subscribe-form.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { uniqueKey } from '../support/server.js';

const LONG = 'Получайте лучшие новости от «Большой Азии» каждое утро, прямо в почтовый ящик, без рекламы и спама';

async function make(width: number, attributes: Record<string, string>): Promise<SubscribeFormElement> {
  const box = await mount<HTMLElement>(html`<div lang="ru" style="width: ${width}px"></div>`);
  const el = document.createElement('subscribe-form') as SubscribeFormElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  box.append(el);
  await el.updateComplete;
  return el;
}

async function send(el: SubscribeFormElement) {
  (el.shadowRoot?.querySelector('input[type="email"]') as HTMLInputElement).value = `${uniqueKey('box')}@example.org`;
  const ended = Promise.race([oneEvent(el, 'subscribe-success'), oneEvent(el, 'subscribe-error')]);
  el.shadowRoot?.querySelector('button')?.click();
  await ended;
  await el.updateComplete;
}

describe('<subscribe-form> box', () => {
  for (const width of [300, 412, 800]) {
    it(`keeps one height at ${width}px whatever its heading says and whatever the answer`, async () => {
      const short = await make(width, { action: '/api/subscribe' });
      const idle = short.getBoundingClientRect().height;
      const long = await make(width, { action: '/api/subscribe', heading: LONG, description: LONG });
      expect(Math.abs(long.getBoundingClientRect().height - idle), 'a long heading and description').to.be.below(1);
      await send(short);
      expect(short.status).to.equal('success');
      expect(Math.abs(short.getBoundingClientRect().height - idle), 'subscribed').to.be.below(1);
      const failing = await make(width, { action: `/api/status/${uniqueKey('box')}/503` });
      await send(failing);
      expect(failing.status).to.equal('error');
      // An answer fits the two status lines from about 320 px up; narrower, a long one takes a
      // third: within a line, the bar for the form.
      const shift = Math.abs(failing.getBoundingClientRect().height - idle);
      expect(shift, 'failed').to.be.below(width < 320 ? 24.5 : 1);
    });
  }
});
