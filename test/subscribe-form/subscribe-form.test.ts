import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import '../../src/subscribe-form.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { ManualClock } from '../support/manual-clock.js';
import { stats, uniqueKey } from '../support/server.js';

const root = (el: Element) => el.shadowRoot as ShadowRoot;
const input = (el: Element) => root(el).querySelector('input[type="email"]') as HTMLInputElement;
const button = (el: Element) => root(el).querySelector('button') as HTMLButtonElement;
const status = (el: Element) => root(el).querySelector('[part="status"]')?.textContent?.trim();
const fieldError = (el: Element) => root(el).querySelector('#email-error')?.textContent;
const address = () => `${uniqueKey('reader')}@example.org`;

async function form(template: ReturnType<typeof html>): Promise<SubscribeFormElement> {
  const wrapper = await mount<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('subscribe-form') as SubscribeFormElement;
  await el.updateComplete;
  return el;
}

/** Types an address and presses the button; resolves with the event that ends the attempt. */
async function submit(el: SubscribeFormElement, email: string) {
  input(el).value = email;
  const ended = Promise.race([oneEvent(el, 'subscribe-success'), oneEvent(el, 'subscribe-error')]);
  button(el).click();
  const event = await ended;
  await el.updateComplete;
  return event;
}

describe('<subscribe-form>', () => {
  describe('content', () => {
    it('has a real form with labels and neutral, localized defaults', async () => {
      const ru = await form(html`<subscribe-form lang="ru" action="/api/subscribe"></subscribe-form>`);
      expect(root(ru).querySelector('form')).to.exist;
      expect(root(ru).querySelector('[part="heading"]')?.textContent).to.equal('Рассылка');
      expect(input(ru).labels?.[0]?.textContent).to.equal('Электронная почта');
      expect(input(ru)).to.include({ type: 'email', autocomplete: 'email', required: true, maxLength: 254 });
      expect(button(ru).textContent?.trim()).to.equal('Подписаться');
      const en = await form(html`<subscribe-form lang="en" action="/api/subscribe"></subscribe-form>`);
      expect(root(en).querySelector('[part="heading"]')?.textContent).to.equal('Newsletter');
    });

    it('takes the publisher’s words by attribute or slot', async () => {
      const attrs = await form(html`<subscribe-form
        heading="Получайте лучшие новости от Большой Азии"
        description="Подпишитесь на рассылку последних новостей."
      ></subscribe-form>`);
      expect(root(attrs).querySelector('[part="heading"]')?.textContent).to.equal(
        'Получайте лучшие новости от Большой Азии',
      );
      const slotted = await form(html`<subscribe-form>
        <span slot="heading">Слот-заголовок</span><span slot="description">Слот-описание</span>
      </subscribe-form>`);
      const slot = root(slotted).querySelector('slot[name="heading"]') as HTMLSlotElement;
      expect(slot.assignedElements()[0].textContent).to.equal('Слот-заголовок');
    });
  });

  describe('answers of the real endpoint', () => {
    it('says "check your inbox" for a new address (202 pending)', async () => {
      const el = await form(html`<subscribe-form lang="ru" action="/api/subscribe"></subscribe-form>`);
      const event = await submit(el, address());
      expect(event.type).to.equal('subscribe-success');
      expect(event.detail).to.deep.equal({ kind: 'pending', status: 202 });
      expect(status(el)).to.equal('Почти готово: проверьте почту и подтвердите подписку.');
      expect(el.getAttribute('status')).to.equal('success');
      // The fields keep their place (the form does not shrink), out of sight and out of reach.
      expect(input(el).checkVisibility({ visibilityProperty: true })).to.equal(false);
      input(el).focus();
      expect(root(el).activeElement).to.equal(null);
    });

    it('says "already subscribed" for a known address (409)', async () => {
      const email = address();
      await submit(await form(html`<subscribe-form action="/api/subscribe"></subscribe-form>`), email);
      const el = await form(html`<subscribe-form lang="en" action="/api/subscribe"></subscribe-form>`);
      const event = await submit(el, email.toUpperCase());
      expect(event.detail.kind).to.equal('exists');
      expect(status(el)).to.equal('This address is already subscribed.');
    });

    it('waits out a 429 with Retry-After before the button works again', async () => {
      const clock = new ManualClock();
      try {
        const url = `/api/subscribe-limited/${uniqueKey('burst')}`;
        await submit(await form(html`<subscribe-form action=${url}></subscribe-form>`), address());
        const el = await form(html`<subscribe-form lang="en" action=${url}></subscribe-form>`);
        const typed = address();
        const event = await submit(el, typed);
        expect(event.detail).to.include({ kind: 'rate-limited', retryAfter: 60 });
        expect(status(el)).to.equal('Too many attempts. Try again in 60 seconds.');
        expect(button(el).disabled).to.equal(true);
        expect(input(el).value).to.equal(typed);
        clock.advance(59_000);
        await el.updateComplete;
        expect(button(el).disabled).to.equal(true);
        clock.advance(1_000);
        await el.updateComplete;
        expect(button(el).disabled).to.equal(false);
      } finally {
        clock.uninstall();
      }
    });
  });

  describe('failures keep the address', () => {
    for (const [route, kind, text] of [
      ['status/KEY/500', 'server', 'Something went wrong on our side. Your address is kept: try again.'],
      ['status/KEY/503', 'server', 'Something went wrong on our side. Your address is kept: try again.'],
      ['broken/KEY', 'network', 'Could not connect. Check your connection and try again.'],
    ] as const) {
      it(`shows a ${kind} error for ${route.split('/')[0]} and offers to try again`, async () => {
        const key = uniqueKey(kind);
        const el = await form(
          html`<subscribe-form lang="en" action="/api/${route.replace('KEY', key)}"></subscribe-form>`,
        );
        const typed = address();
        const event = await submit(el, typed);
        expect(event.type).to.equal('subscribe-error');
        expect(event.detail.kind).to.equal(kind);
        expect(status(el)).to.equal(text);
        expect(input(el).value).to.equal(typed);
        expect(button(el).textContent?.trim()).to.equal('Try again');
        expect(button(el).disabled).to.equal(false);
        expect(el.getAttribute('status')).to.equal('error');
        // An error answer is never retried behind the reader's back: one click, one request. (A dropped
        // connection may be resent once by the browser's own network stack, below any script.)
        if (kind === 'server') expect((await stats(key)).hits).to.equal(1);
      });
    }

    it('fails honestly, keeping the address, with no action or a javascript: one', async () => {
      for (const action of [undefined, 'javascript:alert(1)']) {
        const el = await form(html`<subscribe-form lang="en" action=${action ?? ''}></subscribe-form>`);
        const event = await submit(el, 'nowhere@example.org');
        expect(event.detail.kind).to.equal('network');
        expect(input(el).value).to.equal('nowhere@example.org');
      }
    });

    it('times out after `timeout` seconds', async () => {
      const clock = new ManualClock();
      try {
        const key = uniqueKey('slow');
        const el = await form(html`<subscribe-form lang="en" timeout="5" action="/api/hang/${key}"></subscribe-form>`);
        input(el).value = 'slow@example.org';
        const failed = oneEvent(el, 'subscribe-error');
        button(el).click();
        await clock.scheduled(5_000);
        clock.advance(5_000);
        expect((await failed).detail.kind).to.equal('timeout');
        await el.updateComplete;
        expect(status(el)).to.equal('The server is taking too long to answer. Try again.');
        expect(input(el).value).to.equal('slow@example.org');
      } finally {
        clock.uninstall();
      }
    });

    for (const code of ['400', '422']) {
      it(`shows the server's field error for ${code} at the field`, async () => {
        const el = await form(
          html`<subscribe-form action="/api/field-error/${uniqueKey('field')}/${code}"></subscribe-form>`,
        );
        const event = await submit(el, 'robot@example.org');
        expect(event.detail.kind).to.equal('invalid');
        expect(fieldError(el)).to.equal('The server says this address is taken by a robot.');
        expect(input(el).getAttribute('aria-invalid')).to.equal('true');
        expect(input(el).getAttribute('aria-describedby')).to.equal('email-error');
        expect(root(el).activeElement).to.equal(input(el));
        expect(input(el).value).to.equal('robot@example.org');
      });
    }
  });

  describe('sending', () => {
    it('checks the address before sending anything', async () => {
      const key = uniqueKey('local');
      const el = await form(html`<subscribe-form lang="ru" action="/api/echo/${key}"></subscribe-form>`);
      button(el).click();
      await el.updateComplete;
      expect(fieldError(el)).to.equal('Введите адрес электронной почты.');
      expect(root(el).activeElement).to.equal(input(el));
      input(el).value = '  not an address ';
      button(el).click();
      await el.updateComplete;
      expect(input(el).value).to.equal('not an address');
      expect(fieldError(el)).to.equal('Введите правильный адрес, например name@example.com.');
      expect(input(el).getAttribute('aria-invalid')).to.equal('true');
      expect((await stats(key)).hits).to.equal(0);
      // Typing clears the error.
      input(el).dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(fieldError(el)).to.equal(undefined);
      expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    });

    it('sends JSON by default with email, list, consent, locale and source', async () => {
      const key = uniqueKey('json');
      const el = await form(
        html`<subscribe-form lang="ru" list="daily" consent action="/api/echo/${key}"></subscribe-form>`,
      );
      (root(el).querySelector('input[name="consent"]') as HTMLInputElement).click();
      const submitted = oneEvent(el, 'subscribe-submit');
      await submit(el, 'json@example.org');
      const { last } = (await stats(key)) as unknown as { last: { type: string; body: string } };
      expect(last.type).to.equal('application/json');
      const expected = { email: 'json@example.org', list: 'daily', consent: true, locale: 'ru', source: location.href };
      expect(JSON.parse(last.body)).to.deep.equal(expected);
      expect((await submitted).detail).to.deep.equal(expected);
    });

    it('sends form fields with enctype="form"', async () => {
      const key = uniqueKey('form');
      const el = await form(html`<subscribe-form lang="en" enctype="form" action="/api/echo/${key}"></subscribe-form>`);
      await submit(el, 'form@example.org');
      const { last } = (await stats(key)) as unknown as { last: { type: string; body: string } };
      expect(last.type).to.contain('application/x-www-form-urlencoded');
      expect(Object.fromEntries(new URLSearchParams(last.body))).to.deep.equal({
        email: 'form@example.org',
        locale: 'en',
        source: location.href,
      });
    });

    it('makes one request for a double click, busy until the answer', async () => {
      const key = uniqueKey('double');
      const el = await form(html`<subscribe-form action="/api/echo/${key}"></subscribe-form>`);
      input(el).value = 'double@example.org';
      const done = oneEvent(el, 'subscribe-success');
      button(el).click();
      await el.updateComplete;
      expect(button(el).disabled).to.equal(true);
      expect(root(el).querySelector('form')?.getAttribute('aria-busy')).to.equal('true');
      button(el).click();
      root(el).querySelector('form')?.requestSubmit();
      await done;
      expect((await stats(key)).hits).to.equal(1);
    });

    it('lets the host send it itself when subscribe-submit is cancelled', async () => {
      const key = uniqueKey('host');
      const el = await form(html`<subscribe-form action="/api/echo/${key}"></subscribe-form>`);
      el.addEventListener('subscribe-submit', (event) => event.preventDefault());
      input(el).value = 'host@example.org';
      const submitted = oneEvent(el, 'subscribe-submit');
      button(el).click();
      expect((await submitted).detail.email).to.equal('host@example.org');
      await el.updateComplete;
      expect((await stats(key)).hits).to.equal(0);
      expect(el.getAttribute('status')).to.equal('idle');
    });

    it('shows success to a filled honeypot and sends nothing', async () => {
      const key = uniqueKey('trap');
      const el = await form(html`<subscribe-form action="/api/echo/${key}"></subscribe-form>`);
      const trap = root(el).querySelector('input[name="website"]') as HTMLInputElement;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      expect((trap.closest('.trap') as HTMLElement).getBoundingClientRect().width).to.be.at.most(1);
      trap.value = 'http://spam.example';
      input(el).value = 'bot@example.org';
      button(el).click();
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('success');
      expect((await stats(key)).hits).to.equal(0);
    });

    it('requires consent when asked, with a link to the privacy policy', async () => {
      const key = uniqueKey('consent');
      const el = await form(
        html`<subscribe-form lang="en" consent privacy-url="https://example.org/privacy" action="/api/echo/${key}"></subscribe-form>`,
      );
      const box = root(el).querySelector('input[name="consent"]') as HTMLInputElement;
      expect(root(el).querySelector('.consent a')?.getAttribute('href')).to.equal('https://example.org/privacy');
      input(el).value = 'consent@example.org';
      button(el).click();
      await el.updateComplete;
      expect(root(el).querySelector('#consent-error')?.textContent).to.equal(
        'Tick the box to agree before subscribing.',
      );
      expect(box.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).activeElement).to.equal(box);
      expect((await stats(key)).hits).to.equal(0);
      box.click();
      await el.updateComplete;
      expect(root(el).querySelector('#consent-error')).to.equal(null);
      const done = oneEvent(el, 'subscribe-success');
      button(el).click();
      await done;
      expect((await stats(key)).hits).to.equal(1);
    });
  });

  describe('keyboard and accessibility', () => {
    it('works with the keyboard alone', async () => {
      const key = uniqueKey('keys');
      const el = await form(html`<subscribe-form lang="en" consent action="/api/echo/${key}"></subscribe-form>`);
      input(el).focus();
      await sendKeys({ type: 'keys@example.org' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.getAttribute('name')).to.equal('consent');
      await sendKeys({ press: 'Space' });
      const done = oneEvent(el, 'subscribe-success');
      input(el).focus();
      await sendKeys({ press: 'Enter' });
      await done;
      expect((await stats(key)).hits).to.equal(1);
    });

    it('passes axe when idle, in error, and after success', async () => {
      const el = await form(
        html`<subscribe-form lang="ru" consent privacy-url="/privacy" action="/api/subscribe"></subscribe-form>`,
      );
      await expect(el).to.be.accessible();
      button(el).click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      const server = await form(html`<subscribe-form action="/api/status/${uniqueKey('axe')}/500"></subscribe-form>`);
      await submit(server, address());
      await expect(server).to.be.accessible();
      const done = await form(html`<subscribe-form action="/api/subscribe"></subscribe-form>`);
      await submit(done, address());
      await expect(done).to.be.accessible();
    });

    it('keeps one polite live region for outcomes', async () => {
      const el = await form(html`<subscribe-form action="/api/subscribe"></subscribe-form>`);
      const region = root(el).querySelector('[role="status"]');
      await submit(el, address());
      expect(root(el).querySelectorAll('[role="status"]')).to.have.length(1);
      expect(root(el).querySelector('[role="status"]')).to.equal(region);
    });
  });
});

describe('<subscribe-form> right to left', () => {
  it('puts the field at the start (right) and the button after it (left)', async () => {
    const el = await form(
      html`<div dir="rtl"><subscribe-form lang="en" action="/api/subscribe"></subscribe-form></div>`,
    );
    const field = input(el).getBoundingClientRect();
    const press = button(el).getBoundingClientRect();
    const label = (root(el).querySelector('label') as HTMLElement).getBoundingClientRect();
    expect(press.right).to.be.at.most(field.left);
    expect(field.right).to.be.closeTo(label.right, 1);
    expect(field.right).to.be.greaterThan(press.right);
  });
});

describe('<subscribe-form> privacy link', () => {
  it('opens in _blank by default, or where target says, never with an opener', async () => {
    for (const [target, expected] of [
      [undefined, '_blank'],
      ['_self', '_self'],
    ] as const) {
      const el = await form(
        html`<subscribe-form consent privacy-url="https://example.org/privacy" target=${target ?? nothing} action="/api/subscribe"></subscribe-form>`,
      );
      const link = root(el).querySelector('.consent a') as HTMLAnchorElement;
      expect([link.target, link.rel]).to.deep.equal([expected, 'noopener noreferrer']);
    }
  });
});
