// Frameworks move elements: removed and added again, in the same task or a later one. Every
// element carries on in whatever state it was and ends in an honest one, with its events.
import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import '../../src/index.js';
import { ManualClock } from '../support/manual-clock.js';
import { fixture, openGate, reached, uniqueKey } from '../support/server.js';
import '../support/test-feed.js';

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;

type Widget = HTMLElement & { updateComplete: Promise<unknown>; status: string; requestUpdate(): void };

const FEEDS: [tag: string, feed: string][] = [
  ['news-card', 'news.json'],
  ['news-feed', 'news.json'],
  ['tv-schedule', 'tv-schedule.json'],
  ['country-tag-cloud', 'countries.json'],
];

/** Two hosts, as a framework's two places for one component. */
async function places() {
  const root = await mount<HTMLDivElement>(html`<div><section></section><aside></aside></div>`);
  return { root, from: root.children[0] as HTMLElement, to: root.children[1] as HTMLElement };
}

/** A form in `place` whose POST to a gate route has reached the server and waits there. */
async function sending(place: Element, key: string, email: string): Promise<Widget> {
  const el = document.createElement('subscribe-form') as Widget;
  el.setAttribute('lang', 'en');
  el.setAttribute('action', `/api/gate/${key}`);
  place.append(el);
  await el.updateComplete;
  (shadow(el).querySelector('input[type="email"]') as HTMLInputElement).value = email;
  (shadow(el).querySelector('button') as HTMLButtonElement).click();
  await reached(key, 1);
  return el;
}

const moves: [string, (el: Element, to: Element) => Promise<void>][] = [
  [
    'in one task',
    async (el, to) => {
      el.remove();
      to.append(el);
    },
  ],
  [
    'across tasks',
    async (el, to) => {
      el.remove();
      await new Promise((resolve) => setTimeout(resolve));
      to.append(el);
    },
  ],
];

afterEach(() => clearFeedCache());

describe('moved in the DOM', () => {
  for (const [tag, feed] of FEEDS) {
    for (const [how, move] of moves) {
      it(`<${tag}> moved ${how} while loading ends ready, with one widget-load`, async () => {
        const key = uniqueKey(`move-${tag}`);
        const { root, from, to } = await places();
        const loads: Event[] = [];
        root.addEventListener('widget-load', (event) => loads.push(event));
        const el = document.createElement(tag) as Widget;
        el.setAttribute('src', `/api/gate/${key}/${feed}`);
        from.append(el);
        await reached(key, 1);
        await move(el, to);
        const loaded = oneEvent(root, 'widget-load');
        await openGate(key);
        await loaded;
        await el.updateComplete;
        expect(el.status).to.equal('ready');
        expect(el.parentElement).to.equal(to);
        expect(loads).to.have.length(1);
      });

      it(`<${tag}> moved ${how} when ready or failed stays as it was, with no event again`, async () => {
        const { root, from, to } = await places();
        const events: string[] = [];
        for (const type of ['widget-load', 'widget-error'])
          root.addEventListener(type, (e) => events.push(type + (e.target === ready ? ' ready' : ' failed')));
        const ready = document.createElement(tag) as Widget;
        ready.setAttribute('src', fixture(feed));
        const failed = document.createElement(tag) as Widget;
        failed.setAttribute('src', `/api/status/${uniqueKey('moved-error')}/404`);
        const settled = Promise.all([oneEvent(ready, 'widget-load'), oneEvent(failed, 'widget-error')]);
        from.append(ready, failed);
        await settled;
        await move(ready, to);
        await move(failed, to);
        await Promise.all([ready.updateComplete, failed.updateComplete]);
        expect([ready.status, failed.status]).to.deep.equal(['ready', 'error']);
        expect(failed.shadowRoot?.querySelector('[part="retry"]')).to.exist;
        expect(events.sort()).to.deep.equal(['widget-error failed', 'widget-load ready']);
      });
    }
  }

  for (const [how, move] of moves) {
    it(`an element moved ${how} while refreshing shows the refreshed feed, with one more widget-load`, async () => {
      const clock = new ManualClock();
      try {
        const key = uniqueKey('move-refresh');
        const { root, from, to } = await places();
        const el = document.createElement('test-feed') as Widget;
        el.setAttribute('refresh', '30');
        el.setAttribute('src', `/api/counted/${key}`);
        const first = oneEvent(root, 'widget-load');
        from.append(el);
        await first;
        const loads: Event[] = [];
        root.addEventListener('widget-load', (event) => loads.push(event));
        await clock.scheduled(30_000);
        const refreshed = oneEvent(root, 'widget-load');
        clock.advance(30_000);
        await move(el, to);
        await refreshed;
        await el.updateComplete;
        expect(el.status).to.equal('ready');
        // Moved in one task, the refresh carries on (hit 2). Out of the page for a task, it is let
        // go and made again on return: hit 3 if the server saw the first, hit 2 if it never left.
        // Either way: the refreshed feed, and one event.
        const title = shadow(el).querySelector('[part="title"]')?.textContent;
        if (how === 'in one task') expect(title).to.equal('hit 2');
        else expect(['hit 2', 'hit 3']).to.include(title);
        expect(loads).to.have.length(1);
      } finally {
        clock.uninstall();
      }
    });

    it(`<subscribe-form> moved ${how} while sending shows the outcome and fires its event`, async () => {
      const key = uniqueKey('move-form');
      const { root, from, to } = await places();
      const el = await sending(from, key, 'moved@example.org');
      expect(el.status).to.equal('busy');
      await move(el, to);
      const succeeded = oneEvent(root, 'subscribe-success');
      await openGate(key);
      await succeeded;
      await el.updateComplete;
      expect(el.status).to.equal('success');
      expect(shadow(el).querySelector('[part="status"]')?.textContent?.trim()).to.not.equal('');
    });
  }

  it('<subscribe-form> taken out while sending and put back later shows what happened', async () => {
    const key = uniqueKey('away-form');
    const { from } = await places();
    const el = await sending(from, key, 'away@example.org');
    el.remove();
    const succeeded = oneEvent(el, 'subscribe-success');
    await openGate(key);
    await succeeded;
    from.append(el);
    await el.updateComplete;
    expect(el.status).to.equal('success');
  });

  it('<subscribe-form>: requestSubmit() after success does nothing and throws nothing', async () => {
    const key = uniqueKey('after-success');
    const { root } = await places();
    const errors: string[] = [];
    const onError = (event: PromiseRejectionEvent | ErrorEvent) =>
      errors.push(String('reason' in event ? event.reason : event.message));
    window.addEventListener('unhandledrejection', onError);
    window.addEventListener('error', onError);
    try {
      const el = await sending(root, key, 'once@example.org');
      const succeeded = oneEvent(el, 'subscribe-success');
      await openGate(key);
      await succeeded;
      await el.updateComplete;
      const submits: Event[] = [];
      el.addEventListener('subscribe-submit', (event) => submits.push(event));
      (shadow(el).querySelector('form') as HTMLFormElement).requestSubmit();
      await el.updateComplete;
      // One task later, so a rejection the submit might have left would have been reported.
      await new Promise((resolve) => setTimeout(resolve));
      expect(errors).to.deep.equal([]);
      expect(submits).to.deep.equal([]);
      expect(el.status).to.equal('success');
    } finally {
      window.removeEventListener('unhandledrejection', onError);
      window.removeEventListener('error', onError);
    }
  });
});
