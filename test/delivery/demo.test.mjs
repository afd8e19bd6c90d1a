// The demo pages, on the built dist/, in the system Chromium: every element renders, nothing goes
// wrong in the console, no CSP violation, no layout shift, and the form really subscribes.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { startDemo } from '../../demo/server.mjs';
import { asReadersSee } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const TAGS = 'news-card, news-feed, tv-schedule, country-tag-cloud, subscribe-form';

/** Runs in the page before anything else: records CSP violations and layout shifts. */
function watchPage() {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__violations.push(`${event.violatedDirective} ${event.blockedURI || event.sample}`);
  });
  window.__shifts = [];
  new PerformanceObserver((list) => {
    // Entries marked hadRecentInput count too: headless emulation marks early shifts so.
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        value: entry.value,
        at: entry.startTime,
        nodes: entry.sources.map((s) => s.node?.nodeName),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

let demo;
let browser;
before(async () => {
  demo = await startDemo({ dataFile: join(mkdtempSync(join(tmpdir(), 'nw-demo-')), 'subscribers.jsonl') });
  browser = await chromium.launch(asReadersSee());
});
after(async () => {
  await browser?.close();
  await demo?.close();
});

const DESKTOP = { viewport: { width: 1350, height: 940 } };
/** Lighthouse's mobile emulation: the phone's layout viewport grows when anything is wider than it. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

async function open(path, device = DESKTOP) {
  const page = await browser.newPage(device);
  // A slower reader's device: the browser paints the page while it is still being parsed.
  await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 2 });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  await page.addInitScript(watchPage);
  await page.goto(`${demo.origin}${path}`);
  await page.waitForFunction(
    (tags) => [...document.querySelectorAll(tags)].every((el) => ['ready', 'idle'].includes(el.getAttribute('status'))),
    TAGS,
  );
  // Every widget has rendered its content. The frame that paints it may still shift (the skeleton
  // giving way) and is reported after it: from the frame after, nothing may move.
  const renderedAt = await page.evaluate(
    () =>
      new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))),
  );
  await page.evaluate(async (tags) => {
    // Images in view (lazy ones further down never load until scrolled to).
    const images = [...document.querySelectorAll(tags)]
      .flatMap((el) => [...el.shadowRoot.querySelectorAll('img')])
      .filter((img) => img.getBoundingClientRect().top < innerHeight);
    // Loaded or failed: either way the image is done (a failed one keeps its frame).
    const settled = (img) =>
      new Promise((done) => {
        img.addEventListener('load', done);
        img.addEventListener('error', done);
      });
    await Promise.all(images.map((img) => (img.complete ? null : settled(img))));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, TAGS);
  const shiftsAfterRender = await page.evaluate(
    (from) => window.__shifts.filter((shift) => shift.at > from),
    renderedAt,
  );
  const cls = await page.evaluate(() => window.__shifts.reduce((sum, shift) => sum + shift.value, 0));
  return { page, problems, shiftsAfterRender, cls };
}

for (const [name, path] of [
  ['script tag', '/demo/'],
  ['loader.js', '/demo/loader.html'],
  ['hostile page (strict CSP, CSS reset, script twice)', '/demo/hostile.html'],
]) {
  describe(`demo: ${name}`, () => {
    for (const [device, settings] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ])
      it(`renders every element, with no error, CSP violation or layout shift (${device})`, async () => {
        const { page, problems, shiftsAfterRender, cls } = await open(path, settings);
        try {
          // Nothing is wider than the screen: on a phone that would widen the whole page, and move it.
          assert.equal(await page.evaluate(() => innerWidth), settings.viewport.width);
          const statuses = await page.evaluate(
            (tags) => [...document.querySelectorAll(tags)].map((el) => `${el.localName}:${el.getAttribute('status')}`),
            TAGS,
          );
          assert.equal(statuses.length, 10);
          assert.deepEqual(problems, []);
          assert.deepEqual(await page.evaluate(() => window.__violations), []);
          assert.deepEqual(
            shiftsAfterRender,
            [],
            `layout shifts after first render: ${JSON.stringify(shiftsAfterRender)}`,
          );
          // And from navigation on, everything counted: the page as a partner's reader sees it load.
          // The demo is the model partners copy: nothing on it moves at all (0.01 is "good").
          assert.ok(
            cls < 0.001,
            `CLS from navigation ${cls.toFixed(4)}: ${JSON.stringify(await page.evaluate(() => window.__shifts))}`,
          );
          // The on-air programme is marked, and the sanitized article has its paragraphs.
          assert.ok(
            await page.evaluate(() =>
              document.querySelector('tv-schedule').shadowRoot.querySelector('[aria-current="true"]'),
            ),
          );
          const paragraphs = await page.evaluate(
            () => document.querySelector('news-card[variant="full"]').shadowRoot.querySelectorAll('.body p').length,
          );
          assert.equal(paragraphs, 6);
          // The publisher's RSS and XMLTV, converted by the demo as `news-widgets rss` and `xmltv` do.
          const converted = await page.evaluate(() => ({
            news: document
              .querySelector('news-feed[src$="converted/news.json"]')
              .shadowRoot.querySelector('[part~="title"]')
              .textContent.trim(),
            onAir: Boolean(
              document
                .querySelector('tv-schedule[src$="converted/tv.json"]')
                .shadowRoot.querySelector('[aria-current="true"]'),
            ),
          }));
          assert.deepEqual(converted, {
            news: 'Сергей Лавров встретился с Ким Чен Ыном в ходе официального визита в КНДР',
            onAir: true,
          });
        } finally {
          await page.close();
        }
      });
  });
}

describe('script tag on another origin', () => {
  it('works from a partner origin, loading the sanitizer from beside the script, with one global of its own', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    // The partner's page, on a server and origin of its own; the demo server stands in for the CDN.
    const body = `<!doctype html><html lang="ru"><head><link rel="icon" href="data:,"></head><body>
      <script>window.before = Object.keys(window);</script>
      <script src="${demo.origin}/dist/news-widgets.iife.js"></script>
      <news-card variant="full" src="${demo.origin}/demo/feeds/news.json"></news-card></body></html>`;
    const partner = await serve({
      root: tmpdir(),
      routes: { '/article': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(body) },
    });
    try {
      await page.goto(`http://127.0.0.1:${partner.port}/article`);
      await page.waitForFunction(() => document.querySelector('news-card')?.getAttribute('status') === 'ready');
      const result = await page.evaluate(() => ({
        paragraphs: document.querySelector('news-card').shadowRoot.querySelectorAll('[part="body"] p').length,
        image: document.querySelector('news-card').shadowRoot.querySelector('img').src,
        globals: Object.keys(window).filter((key) => !window.before.includes(key) && key !== 'before'),
      }));
      assert.equal(result.paragraphs, 6);
      assert.equal(result.image, `${demo.origin}/demo/feeds/images/lavrov-pyongyang.svg`);
      // One namespace, ours: the build keeps Lit's version registries and metadata map off the window.
      assert.deepEqual(result.globals, ['NewsWidgets']);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await partner.close();
    }
  });
});

describe('script tag copied without its chunks', () => {
  it('shows an error with Retry, not an endless skeleton, when the sanitizer cannot be loaded', async () => {
    // A partner who copied only news-widgets.iife.js: chunks/sanitize-html.js is missing beside it.
    const lonely = mkdtempSync(join(tmpdir(), 'nw-lonely-'));
    copyFileSync(new URL('../../dist/news-widgets.iife.js', import.meta.url), join(lonely, 'news-widgets.iife.js'));
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      items: [{ id: '1', title: 'Article', content_html: '<p>Body</p>' }],
    });
    const body = `<!doctype html><html lang="en"><head><link rel="icon" href="data:,"><script>
        window.events = [];
        document.addEventListener('widget-error', (event) => events.push(event.detail.code), true);
        document.addEventListener('widget-load', () => events.push('load'), true);
      </script></head><body>
      <script src="/news-widgets.iife.js"></script>
      <news-card variant="full"><script type="application/json">${feed}</script><a href="/news">News</a></news-card>
      </body></html>`;
    const partner = await serve({
      root: lonely,
      routes: { '/article': (_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(body) },
    });
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${partner.origin}/article`);
      await page.waitForFunction(() => document.querySelector('news-card').getAttribute('status') !== 'loading');
      const result = await page.evaluate(() => ({
        status: document.querySelector('news-card').getAttribute('status'),
        retry: Boolean(document.querySelector('news-card').shadowRoot.querySelector('[part="retry"]')),
        events: window.events,
      }));
      assert.deepEqual(result, { status: 'error', retry: true, events: ['network'] });
      // Retry tries the sanitizer again; still missing, so the same honest error.
      await page.evaluate(() => document.querySelector('news-card').shadowRoot.querySelector('[part="retry"]').click());
      await page.waitForFunction(() => window.events.length === 2);
      assert.deepEqual(await page.evaluate(() => window.events), ['network', 'network']);
      assert.equal(await page.evaluate(() => document.querySelector('news-card').getAttribute('status')), 'error');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
      await partner.close();
    }
  });
});

describe('loader.js', () => {
  it('defines elements added later, and those in shadow roots it is told about', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      // A blank HTML page on the demo's origin, with nothing but what the test adds.
      await page.goto(`${demo.origin}/demo/demo.css`);
      await page.setContent('<!doctype html><html lang="ru"><head><title>blank</title></head><body></body></html>');
      const defined = await page.evaluate(async (origin) => {
        const { watch } = await import(`${origin}/dist/loader.js`);
        const wait = (tag) => customElements.whenDefined(tag).then(() => tag);
        // Added to the document after the loader ran.
        document.body.append(document.createElement('news-feed'));
        const later = await wait('news-feed');
        // Inside a shadow root: invisible to a document observer until the loader is told of it.
        const host = document.createElement('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        watch(root);
        root.append(document.createElement('tv-schedule'));
        const inShadow = await wait('tv-schedule');
        return [later, inShadow, Boolean(customElements.get('subscribe-form'))];
      }, demo.origin);
      // Only what appeared was loaded.
      assert.deepEqual(defined, ['news-feed', 'tv-schedule', false]);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});

describe('loader.js requests', () => {
  it('loads one file for all the elements of a page, and each feed once, asked for with the code', async () => {
    const { page, problems } = await open('/demo/loader.html');
    try {
      const resources = await page.evaluate(() =>
        performance.getEntriesByType('resource').map(({ name, startTime, responseEnd }) => ({
          path: new URL(name).pathname,
          startTime,
          responseEnd,
        })),
      );
      assert.deepEqual(problems, []);
      // Not counted: the loader itself, and the sanitizer's chunks, which full articles load later.
      const scripts = resources.filter(
        ({ path }) => path.endsWith('.js') && !/^\/dist\/(loader\.js|chunks\/)/.test(path),
      );
      assert.deepEqual(
        scripts.map(({ path }) => path.replace(/-[\w-]+\.js$/, '-HASH.js')),
        ['/dist/standalone/elements-HASH.js'],
      );
      const feeds = resources.filter(({ path }) => path.startsWith('/demo/feeds/') && path.endsWith('.json'));
      const paths = feeds.map(({ path }) => path);
      assert.ok(feeds.length >= 3, paths.join(' '));
      assert.deepEqual(paths, [...new Set(paths)], 'a feed was requested twice');
      // Asked for before the code arrived, not after it ran.
      for (const feed of feeds)
        assert.ok(feed.startTime < scripts[0].responseEnd, JSON.stringify({ feed, script: scripts[0] }));
    } finally {
      await page.close();
    }
  });
});

describe('demo: subscription', () => {
  it('subscribes through the real endpoint, then knows the address', async () => {
    const { page } = await open('/demo/');
    try {
      const form = page.locator('subscribe-form');
      const email = `e2e-${Date.now()}@example.org`;
      await form.locator('input[type="email"]').fill(email);
      await form.locator('input[name="consent"]').check();
      await form.locator('button').click();
      await page.waitForFunction(() => document.querySelector('subscribe-form').getAttribute('status') === 'success');
      assert.match(await form.locator('[part="status"]').textContent(), /проверьте почту/);
      await page.reload();
      await page.waitForFunction(() => document.querySelector('subscribe-form').getAttribute('status') === 'idle');
      await form.locator('input[type="email"]').fill(email);
      await form.locator('input[name="consent"]').check();
      await form.locator('button').click();
      await page.waitForFunction(() => document.querySelector('subscribe-form').getAttribute('status') === 'success');
      assert.match(await form.locator('[part="status"]').textContent(), /уже подписан/);
    } finally {
      await page.close();
    }
  });
});
