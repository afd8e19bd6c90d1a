// A partner's article with all five elements above its text, loaded each way the README shows
// (blocking script in <head>; async; at the end of <body>; loader.js; and loader.js async, as a
// stranger may paste it), on a phone and a desktop, with real scrollbars,
// with the scripts and feeds slow enough that the browser paints first: from navigation until every
// widget has settled, the sum of all layout-shift entries stays below 0.01 (entries marked
// hadRecentInput are counted too: headless emulation marks early shifts so).
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { asReadersSee } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Every script, stylesheet and feed answers this late: the page paints before the widgets arrive. */
const DELAY = 400;
const CDN = '/slow/dist';
const CSS = `<link rel="stylesheet" href="${CDN}/news-widgets.css">`;
// The README's snippets, one per way of loading.
const STYLES = {
  'blocking <head>': { head: `<script src="${CDN}/news-widgets.iife.js"></script>`, end: '' },
  async: { head: `${CSS}\n<script async src="${CDN}/news-widgets.iife.js"></script>`, end: '' },
  'end of <body>': { head: CSS, end: `<script src="${CDN}/news-widgets.iife.js"></script>` },
  'loader.js': { head: `${CSS}\n<script type="module" src="${CDN}/loader.js"></script>`, end: '' },
  'loader.js async': { head: `${CSS}\n<script type="module" async src="${CDN}/loader.js"></script>`, end: '' },
};
const VIEWPORTS = { phone: { width: 412, height: 915 }, desktop: { width: 1350, height: 940 } };
const TAGS = ['news-card', 'news-feed', 'tv-schedule', 'country-tag-cloud', 'subscribe-form'];

const page = ({ head, end }) => `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Статья партнёра</title>
${head}
<style>body { margin: 0 auto; max-width: 760px; padding: 0 16px; font: 18px/1.6 Georgia, serif }</style>
</head><body>
<h1>Статья партнёра</h1>
<news-card heading-level="2" src="/slow/test/fixtures/news-list.json"><a href="https://example.org/">Новости</a></news-card>
<h2>Лента</h2>
<news-feed variant="headline" limit="3" src="/slow/test/fixtures/news-list.json"></news-feed>
<h2>Сейчас в эфире</h2>
<tv-schedule timezone="Europe/Moscow" upcoming="2" src="/slow/feeds/tonight.json"></tv-schedule>
<h2>Программа</h2>
<tv-schedule timezone="Europe/Moscow" src="/slow/test/fixtures/tv-schedule.json"></tv-schedule>
<h2>Страны</h2>
<country-tag-cloud href-template="/country/{slug}" src="/slow/test/fixtures/countries.json"></country-tag-cloud>
<h2>Рассылка</h2>
<subscribe-form consent privacy-url="https://example.org/privacy" action="/api/subscribe"></subscribe-form>
<p>${'Текст статьи, который не должен сдвигаться, пока виджеты загружаются. '.repeat(60)}</p>
${end}
</body></html>`;

/** A schedule around the real time, so the upcoming strip has a programme on air. */
const tonight = () => {
  const start = Math.floor(Date.now() / 1_800_000) * 1_800_000 - 2 * 3_600_000;
  return {
    channel: { id: 'c', name: 'Большая Азия ТВ', timezone: 'Europe/Moscow' },
    programmes: Array.from({ length: 16 }, (_, i) => ({
      start: new Date(start + i * 1_800_000).toISOString(),
      title: `Передача ${i + 1}`,
      rating: '12+',
    })),
  };
};

const TYPES = { '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.js': 'text/javascript' };

/** Feed requests of the current page that carried a cookie. */
const feedsWithCookies = [];

describe('layout shift on a partner page', () => {
  let browser;
  let server;
  before(async () => {
    server = await serve({
      root,
      routes: {
        '/article': (req, res) => {
          const style = decodeURIComponent(req.url.slice('/article/'.length));
          res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(STYLES[style]));
        },
        '/slow': (req, res) => {
          // Feeds go without cookies (SPEC), the loader's requests made ahead of the code too.
          if (req.headers.cookie && req.url.includes('.json')) feedsWithCookies.push(req.url);
          const path = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice('/slow'.length));
          setTimeout(() => {
            if (path === '/feeds/tonight.json') {
              return res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(tonight()));
            }
            const file = `${root}${path}`;
            try {
              if (!statSync(file).isFile()) throw new Error('not a file');
            } catch {
              return res.writeHead(404).end();
            }
            const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
            res.writeHead(200, { 'Content-Type': type }).end(readFileSync(file));
          }, DELAY);
        },
      },
    });
    browser = await chromium.launch(asReadersSee());
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the article loaded one way; resolves once every widget has settled and been painted. */
  async function load(style, viewport) {
    const context = await browser.newContext({ viewport });
    await context.addCookies([{ name: 'reader', value: 'signed-in', url: server.origin }]);
    feedsWithCookies.length = 0;
    try {
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.addInitScript((tags) => {
        window.shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            window.shifts.push({
              value: entry.value,
              at: Math.round(entry.startTime),
              moved: entry.sources.map((source) => source.node?.nodeName ?? source.node?.parentNode?.host?.localName),
            });
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // The first frame in which every widget is defined and has its feed's outcome.
        const settled = () =>
          tags.every((tag) => customElements.get(tag)) &&
          [...document.querySelectorAll(tags.slice(0, 4).join(','))].every((el) =>
            ['ready', 'empty', 'error'].includes(el.getAttribute('status')),
          );
        const check = () => {
          if (settled()) window.readyAt = Math.round(performance.now());
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }, TAGS);
      await tab.goto(`${server.origin}/article/${encodeURIComponent(style)}`);
      await tab.waitForFunction(() => window.readyAt !== undefined);
      // The photos, then two frames and a moment for any shift still due to be reported.
      await tab.evaluate(async () => {
        const images = [...document.querySelectorAll('news-card, news-feed')].flatMap((el) => [
          ...el.shadowRoot.querySelectorAll('img'),
        ]);
        await Promise.all(
          images.map((img) => img.complete || new Promise((done) => (img.onload = img.onerror = done))),
        );
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200))));
      });
      const result = await tab.evaluate(() => ({
        shifts: window.shifts,
        readyAt: window.readyAt,
        statuses: [...document.querySelectorAll('[status]')].map((el) => el.getAttribute('status')),
      }));
      return { ...result, errors, feedsWithCookies: [...feedsWithCookies] };
    } finally {
      await context.close();
    }
  }

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const style of Object.keys(STYLES)) {
      it(`${style}, ${device} (${viewport.width} px): CLS below 0.01`, async (t) => {
        const { shifts, statuses, errors, feedsWithCookies: cookied } = await load(style, viewport);
        assert.deepEqual(cookied, [], 'feeds requested with the page’s cookies');
        assert.deepEqual(errors, []);
        assert.ok(
          statuses.every((status) => status === 'ready' || status === 'idle'),
          statuses.join(' '),
        );
        const cls = shifts.reduce((sum, shift) => sum + shift.value, 0);
        t.diagnostic(
          `CLS ${cls.toFixed(4)} in ${shifts.length} shifts${shifts.length ? `: ${JSON.stringify(shifts.map((s) => s.moved))}` : ''}`,
        );
        assert.ok(cls < 0.01, `CLS ${cls.toFixed(4)}: ${JSON.stringify(shifts)}`);
      });
    }
  }

  // Every request takes DELAY: the classic script is ready after two rounds (the script, then the
  // feeds), and the loader must be too (the loader, then one file and the feeds at once). A third
  // round would cost a whole DELAY; half of one is the margin for everything else.
  it('loader.js: ready no later than the classic script', async (t) => {
    const classic = await load('blocking <head>', VIEWPORTS.phone);
    const loader = await load('loader.js', VIEWPORTS.phone);
    t.diagnostic(`ready at ${classic.readyAt} ms with the classic script, ${loader.readyAt} ms with loader.js`);
    assert.deepEqual([...classic.errors, ...loader.errors], []);
    assert.ok(loader.readyAt <= classic.readyAt + DELAY / 2, `${loader.readyAt} ms against ${classic.readyAt} ms`);
  });
});
