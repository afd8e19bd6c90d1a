import { expect, html, fixture as mount, oneEvent } from '@open-wc/testing';
import { clearFeedCache } from '../../src/core/feed-cache.js';
import { ManualClock } from '../support/manual-clock.js';
import { fixture, openGate, reached, stats, uniqueKey } from '../support/server.js';
import { TestFeedElement } from '../support/test-feed.js';

const probe = fixture('probe.json');
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const part = (el: Element, name: string) => shadow(el).querySelector(`[part~="${name}"]`);
const texts = (el: Element) => [...shadow(el).querySelectorAll('li')].map((li) => li.textContent?.trim());

/** Mounts an element and waits for the event that ends its first load. */
async function load(template: ReturnType<typeof html>, event: 'widget-load' | 'widget-error' = 'widget-load') {
  const host = await mount<HTMLDivElement>(html`<div></div>`);
  const settled = oneEvent(host, event);
  const { render } = await import('lit');
  render(template, host);
  const detail = (await settled).detail;
  const el = host.firstElementChild as TestFeedElement;
  await el.updateComplete;
  return { el, detail, host };
}

let clock: ManualClock;
beforeEach(() => {
  clock = new ManualClock();
});
afterEach(() => {
  clearFeedCache();
  clock.uninstall();
});

/** Lets the two backoff waits (0.5 s, then 1 s) of a failing request pass. */
async function passBackoff() {
  await clock.scheduled(500);
  clock.advance(500);
  await clock.scheduled(1000);
  clock.advance(1000);
}

describe('feed core: sources', () => {
  it('loads src, renders it and reports ready', async () => {
    const { el, detail } = await load(html`<test-feed src=${probe}></test-feed>`);
    expect(el.status).to.equal('ready');
    expect(el.getAttribute('status')).to.equal('ready');
    expect(detail.skipped).to.equal(0);
    expect(part(el, 'title')?.textContent).to.equal('Probe feed');
    expect(texts(el)).to.deep.equal(['First item', 'Second item', 'Third item']);
  });

  it('resolves relative links against the feed URL and opens them safely', async () => {
    const { el } = await load(html`<test-feed src=${probe}></test-feed>`);
    const link = shadow(el).querySelector('a') as HTMLAnchorElement;
    expect(link.href).to.equal(new URL('/articles/one', probe).href);
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
  });

  it('prefers inline JSON to src', async () => {
    const inline = JSON.stringify({ title: 'Inline', items: [{ id: 'a', text: 'From the page' }] });
    const key = uniqueKey('inline');
    const { el } = await load(html`<test-feed src="/api/counted/${key}">
      <script type="application/json">${inline}</script>
    </test-feed>`);
    expect(part(el, 'title')?.textContent).to.equal('Inline');
    expect((await stats(key)).hits).to.equal(0);
  });

  it('accepts application/feed+json inline scripts', async () => {
    const inline = JSON.stringify({ title: 'Feed JSON', items: [] });
    const { el } = await load(html`<test-feed><script type="application/feed+json">${inline}</script></test-feed>`);
    expect(el.status).to.equal('empty');
  });

  it('shows an inline feed a script adds after the element is on the page', async () => {
    const el = await mount<TestFeedElement>(html`<test-feed></test-feed>`);
    expect(el.status).to.equal('empty');
    const loaded = oneEvent(el, 'widget-load');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ title: 'Added later', items: [{ id: 'a', text: 'Late' }] });
    el.append(script);
    await loaded;
    expect(part(el, 'title')?.textContent).to.equal('Added later');
  });

  it('follows an inline feed whose text the page rewrites', async () => {
    const inline = JSON.stringify({ title: 'First', items: [{ id: 'a', text: 'One' }] });
    const { el } = await load(html`<test-feed><script type="application/json">${inline}</script></test-feed>`);
    const loaded = oneEvent(el, 'widget-load');
    (el.querySelector('script') as HTMLScriptElement).textContent = JSON.stringify({
      title: 'Second',
      items: [{ id: 'b', text: 'Two' }],
    });
    await loaded;
    await el.updateComplete;
    expect(part(el, 'title')?.textContent).to.equal('Second');
    expect(texts(el)).to.deep.equal(['Two']);
  });

  it('prefers the data property to inline JSON and src', async () => {
    const key = uniqueKey('data');
    const data = { title: 'From data', items: [{ id: 'x', text: 'Set by script' }] };
    const { el } = await load(html`<test-feed .data=${data} src="/api/counted/${key}">
      <script type="application/json">{"title": "Inline", "items": []}</script>
    </test-feed>`);
    expect(part(el, 'title')?.textContent).to.equal('From data');
    expect((await stats(key)).hits).to.equal(0);
  });

  it('treats null data as not set and falls back to src', async () => {
    const { el } = await load(html`<test-feed .data=${null} src=${probe}></test-feed>`);
    expect(part(el, 'title')?.textContent).to.equal('Probe feed');
  });

  it('is empty with no source at all, and never stays loading', async () => {
    const el = await mount<TestFeedElement>(html`<test-feed></test-feed>`);
    expect(el.status).to.equal('empty');
    expect(part(el, 'empty')?.textContent).to.equal('Nothing here yet.');
  });

  it('is empty when the feed has nothing to show', async () => {
    const { el } = await load(html`<test-feed .data=${{ title: 'None', items: [] }}></test-feed>`);
    expect(el.status).to.equal('empty');
  });

  it('switches to the new src and ignores the old one still in flight', async () => {
    const hang = uniqueKey('stale');
    const el = await mount<TestFeedElement>(html`<test-feed src="/api/hang/${hang}"></test-feed>`);
    await reached(hang);
    const loaded = oneEvent(el, 'widget-load');
    el.src = probe;
    await loaded;
    expect(part(el, 'title')?.textContent).to.equal('Probe feed');
    expect((await stats(hang)).hits).to.equal(1);
  });
});

describe('feed core: validation', () => {
  it('skips and counts bad items, keeping the good ones in order', async () => {
    const data = {
      title: 'Mixed',
      items: [{ id: 'a', text: 'Good' }, { id: 7 }, 'junk', { id: 'b', text: 'Also good' }],
    };
    const { el, detail } = await load(html`<test-feed .data=${data}></test-feed>`);
    expect(detail.skipped).to.equal(2);
    expect(texts(el)).to.deep.equal(['Good', 'Also good']);
  });

  for (const [label, data] of [
    ['a string', 'not a feed'],
    ['a number', 42],
    ['a wrong shape', { items: 'nope' }],
  ] as const) {
    it(`reports data that is ${label} as a schema error`, async () => {
      const { el, detail } = await load(html`<test-feed .data=${data}></test-feed>`, 'widget-error');
      expect(detail.code).to.equal('schema');
      expect(el.status).to.equal('error');
    });
  }

  it('reports broken inline JSON as a parse error', async () => {
    const { detail } = await load(
      html`<test-feed><script type="application/json">{ not json</script></test-feed>`,
      'widget-error',
    );
    expect(detail.code).to.equal('parse');
  });

  it('renders feed text as text, never as markup', async () => {
    const data = {
      title: '<img src=x onerror="window.__pwned=1">',
      items: [{ id: 'a', text: '<script>window.__pwned=1</script>' }],
    };
    const { el } = await load(html`<test-feed .data=${data}></test-feed>`);
    expect(shadow(el).querySelector('img, script:not([type])')).to.equal(null);
    expect(part(el, 'title')?.textContent).to.equal(data.title);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('drops javascript: and data: links', async () => {
    const data = {
      title: 'Links',
      items: [
        { id: 'a', text: 'js', link: 'javascript:alert(1)' },
        { id: 'b', text: 'data', link: 'data:text/html,<script>alert(1)</script>' },
      ],
    };
    const { el } = await load(html`<test-feed .data=${data}></test-feed>`);
    expect(shadow(el).querySelectorAll('a')).to.have.length(0);
  });
});

describe('feed core: errors', () => {
  const cases = [
    ['http', 'status/KEY/404', 'The server could not send this content right now.'],
    ['parse', 'html/KEY', 'This content could not be read.'],
    ['network', 'broken/KEY', 'Could not connect. Check your connection and try again.'],
  ] as const;
  for (const [code, route, message] of cases) {
    it(`shows a ${code} error with its message, a Retry button and an event`, async () => {
      const key = uniqueKey(code);
      const host = await mount<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(host, 'widget-error');
      host.innerHTML = `<test-feed src="/api/${route.replace('KEY', key)}"><a href="/news">News</a></test-feed>`;
      if (code === 'network') {
        // Network errors are tried again: let the two backoff waits pass.
        await passBackoff();
      }
      const { detail } = await failed;
      const el = host.firstElementChild as TestFeedElement;
      await el.updateComplete;
      expect(detail.code).to.equal(code);
      expect(el.getAttribute('status')).to.equal('error');
      expect(part(el, 'error')?.querySelector('p')?.textContent).to.equal(message);
      expect(part(el, 'retry')?.textContent).to.equal('Try again');
      if (code === 'http') expect(detail.status).to.equal(404);
      // The fallback stays beside the error.
      const slot = part(el, 'fallback')?.querySelector('slot') as HTMLSlotElement;
      expect(slot.assignedElements()[0]?.textContent).to.equal('News');
    });
  }

  it('says the errors in Russian on a Russian page', async () => {
    const key = uniqueKey('ru');
    const { el } = await load(
      html`<div lang="ru"><test-feed src="/api/status/${key}/404"></test-feed></div>`,
      'widget-error',
    ).then(({ host }) => ({ el: host.querySelector('test-feed') as TestFeedElement }));
    await el.updateComplete;
    expect(part(el, 'error')?.querySelector('p')?.textContent).to.equal('Сервер не может сейчас отдать эти материалы.');
    expect(part(el, 'retry')?.textContent).to.equal('Повторить');
  });

  it('does not retry a 404', async () => {
    const key = uniqueKey('404');
    await load(html`<test-feed src="/api/status/${key}/404"></test-feed>`, 'widget-error');
    expect((await stats(key)).hits).to.equal(1);
  });

  it('retries a 5xx twice with backoff, then succeeds', async () => {
    const key = uniqueKey('flaky');
    const el = await mount<TestFeedElement>(html`<test-feed src="/api/flaky/${key}/2"></test-feed>`);
    const loaded = oneEvent(el, 'widget-load');
    await clock.scheduled(500);
    expect(el.status).to.equal('loading');
    clock.advance(500);
    await clock.scheduled(1000);
    clock.advance(1000);
    await loaded;
    expect(el.status).to.equal('ready');
    expect((await stats(key)).hits).to.equal(3);
  });

  it('gives up after two retries of a 5xx', async () => {
    const key = uniqueKey('down');
    const el = await mount<TestFeedElement>(html`<test-feed src="/api/status/${key}/503"></test-feed>`);
    const failed = oneEvent(el, 'widget-error');
    await passBackoff();
    expect((await failed).detail).to.include({ code: 'http', status: 503 });
    expect((await stats(key)).hits).to.equal(3);
  });

  it('times out after the default 10 seconds', async () => {
    const key = uniqueKey('timeout');
    const el = await mount<TestFeedElement>(html`<test-feed src="/api/hang/${key}"></test-feed>`);
    const failed = oneEvent(el, 'widget-error');
    await clock.scheduled(10_000);
    clock.advance(9_999);
    expect(el.status).to.equal('loading');
    clock.advance(1);
    expect((await failed).detail.code).to.equal('timeout');
    await el.updateComplete;
    expect(part(el, 'error')?.querySelector('p')?.textContent).to.equal('The server is taking too long to answer.');
  });

  it('takes the timeout attribute in seconds', async () => {
    const key = uniqueKey('timeout-attr');
    const el = await mount<TestFeedElement>(html`<test-feed timeout="3" src="/api/hang/${key}"></test-feed>`);
    const failed = oneEvent(el, 'widget-error');
    await clock.scheduled(3_000);
    clock.advance(3_000);
    expect((await failed).detail.code).to.equal('timeout');
  });

  it('recovers through the Retry button', async () => {
    const key = uniqueKey('retry');
    // Fails three times (the first try and two retries), then answers.
    const el = await mount<TestFeedElement>(html`<test-feed src="/api/flaky/${key}/3"></test-feed>`);
    const failed = oneEvent(el, 'widget-error');
    await passBackoff();
    await failed;
    await el.updateComplete;
    const loaded = oneEvent(el, 'widget-load');
    (part(el, 'retry') as HTMLButtonElement).click();
    await loaded;
    expect(el.status).to.equal('ready');
    expect(texts(el)).to.have.length(3);
  });

  it('sends no cookies', async () => {
    const key = uniqueKey('cookie');
    // biome-ignore lint/suspicious/noDocumentCookie: the test needs a cookie the request could leak
    document.cookie = 'session=secret; path=/';
    try {
      await load(html`<test-feed src="/api/counted/${key}"></test-feed>`);
      expect(await stats(key)).to.include({ hits: 1, cookies: 0 });
    } finally {
      // biome-ignore lint/suspicious/noDocumentCookie: cleaning up the cookie set above
      document.cookie = 'session=; path=/; max-age=0';
    }
  });
});

describe('feed core: sharing, refresh, lazy, abort', () => {
  it('makes one request for twenty elements on one URL', async () => {
    const key = uniqueKey('shared');
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = Array.from({ length: 20 }, () => `<test-feed src="/api/counted/${key}"></test-feed>`).join('');
    const elements = [...host.querySelectorAll('test-feed')];
    await Promise.all(elements.map((el) => (el.status === 'ready' ? null : oneEvent(el, 'widget-load'))));
    expect((await stats(key)).hits).to.equal(1);
    expect(elements.every((el) => el.status === 'ready')).to.equal(true);
  });

  it('reuses a cached result for an element added later', async () => {
    const key = uniqueKey('later');
    await load(html`<test-feed src="/api/counted/${key}"></test-feed>`);
    await load(html`<test-feed src="/api/counted/${key}"></test-feed>`);
    expect((await stats(key)).hits).to.equal(1);
  });

  it('refreshes on its interval and re-renders every element on the URL', async () => {
    const key = uniqueKey('refresh');
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<test-feed refresh="60" src="/api/counted/${key}"></test-feed><test-feed src="/api/counted/${key}"></test-feed>`;
    const [a, b] = [...host.querySelectorAll('test-feed')];
    await Promise.all([oneEvent(a, 'widget-load'), oneEvent(b, 'widget-load')]);
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(part(b, 'title')?.textContent).to.equal('hit 1');
    await clock.scheduled(60_000);
    const reloaded = Promise.all([oneEvent(a, 'widget-load'), oneEvent(b, 'widget-load')]);
    clock.advance(60_000);
    await reloaded;
    expect(part(a, 'title')?.textContent).to.equal('hit 2');
    expect(part(b, 'title')?.textContent).to.equal('hit 2');
    expect(a.status).to.equal('ready');
  });

  it('keeps what it shows when a refresh fails, and still reports the error', async () => {
    const key = uniqueKey('refresh-fails');
    const el = await mount<TestFeedElement>(html`<test-feed refresh="30" src="/api/fails-after/${key}/1"></test-feed>`);
    await oneEvent(el, 'widget-load');
    await el.updateComplete;
    await clock.scheduled(30_000);
    const failed = oneEvent(el, 'widget-error');
    clock.advance(30_000);
    await passBackoff();
    expect((await failed).detail).to.include({ code: 'http', status: 500 });
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(part(el, 'title')?.textContent).to.equal('hit 1');
    expect(part(el, 'error')).to.equal(null);
  });

  it('raises a refresh below 30 seconds to 30', async () => {
    const key = uniqueKey('refresh-min');
    const el = await mount<TestFeedElement>(html`<test-feed refresh="1" src="/api/counted/${key}"></test-feed>`);
    await oneEvent(el, 'widget-load');
    await clock.scheduled(30_000);
    const reloaded = oneEvent(el, 'widget-load');
    clock.advance(30_000);
    await reloaded;
    expect((await stats(key)).hits).to.equal(2);
  });

  it('stops refreshing when the element leaves the page', async () => {
    const key = uniqueKey('refresh-stop');
    const el = await mount<TestFeedElement>(html`<test-feed refresh="30" src="/api/counted/${key}"></test-feed>`);
    await oneEvent(el, 'widget-load');
    await clock.scheduled(30_000);
    el.remove();
    clock.advance(120_000);
    // Ask the server after the point where a refresh would have been sent.
    expect((await stats(key)).hits).to.equal(1);
  });

  it('waits for the viewport with loading="lazy"', async () => {
    const key = uniqueKey('lazy');
    const host = await mount<HTMLDivElement>(html`<div>
      <div style="height: 300vh"></div>
    </div>`);
    const el = document.createElement('test-feed');
    el.setAttribute('loading', 'lazy');
    el.src = `/api/counted/${key}`;
    host.append(el);
    await el.updateComplete;
    // Give the observer its first report, which says the element is far from view.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.status).to.equal('loading');
    expect((await stats(key)).hits).to.equal(0);
    const loaded = oneEvent(el, 'widget-load');
    el.scrollIntoView();
    await loaded;
    expect((await stats(key)).hits).to.equal(1);
  });

  it('aborts a request no element wants any more', async () => {
    const key = uniqueKey('abort');
    const el = await mount<TestFeedElement>(html`<test-feed src="/api/hang/${key}"></test-feed>`);
    await reached(key);
    el.remove();
    expect((await reached(key, 1, 'closed')).closed).to.equal(1);
  });

  it('keeps the request when an element is moved', async () => {
    const key = uniqueKey('move');
    const host = await mount<HTMLDivElement>(html`<div><section></section></div>`);
    const el = document.createElement('test-feed');
    el.src = `/api/counted/${key}`;
    const loaded = oneEvent(el, 'widget-load');
    host.append(el);
    host.querySelector('section')?.append(el);
    await loaded;
    expect((await stats(key)).hits).to.equal(1);
  });

  it('keeps a shared request alive while another element still wants it', async () => {
    const key = uniqueKey('shared-abort');
    const host = await mount<HTMLDivElement>(html`<div></div>`);
    host.innerHTML = `<test-feed src="/api/gate/${key}"></test-feed><test-feed src="/api/gate/${key}"></test-feed>`;
    await reached(key);
    host.firstElementChild?.remove();
    const remaining = host.firstElementChild as TestFeedElement;
    const loaded = oneEvent(remaining, 'widget-load');
    await openGate(key);
    await loaded;
    // The one request, never aborted, answered the element that stayed.
    expect(part(remaining, 'title')?.textContent).to.equal('Probe feed');
    expect(await stats(key)).to.include({ hits: 1, closed: 0 });
  });
});

describe('feed core: no exception reaches the page', () => {
  it('turns a render that throws into the error state and an event', async () => {
    if (!customElements.get('throwing-feed')) {
      customElements.define(
        'throwing-feed',
        class extends TestFeedElement {
          protected override renderContent(): never {
            throw new TypeError('cannot render this');
          }
        },
      );
    }
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const host = await mount<HTMLDivElement>(html`<div></div>`);
      const failed = oneEvent(host, 'widget-error');
      const el = document.createElement('throwing-feed') as TestFeedElement;
      el.data = { title: 'T', items: [{ id: 'a', text: 'x' }] };
      host.append(el);
      expect((await failed).detail).to.include({ code: 'schema', message: 'cannot render this' });
      await el.updateComplete;
      expect(el.getAttribute('status')).to.equal('error');
      expect(part(el, 'retry')).to.exist;
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('feed core: quiet on the happy path', () => {
  it('logs nothing and throws nothing while loading and rendering', async () => {
    const calls: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((method) => console[method]);
    for (const method of methods) console[method] = (...args: unknown[]) => calls.push([method, ...args]);
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await load(html`<test-feed src=${probe}></test-feed>`);
    } finally {
      methods.forEach((method, i) => {
        console[method] = originals[i];
      });
      window.removeEventListener('error', onError);
    }
    expect(calls).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
  });
});
