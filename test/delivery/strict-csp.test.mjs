// The built bundles on a page served with `script-src 'self'; style-src 'self'`: every feed kind
// read and validated (good feeds, feeds with bad items, feeds refused by their schema), an article
// full of style attributes sanitized, and the browser reports no violation at all.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

/** Feeds a stranger might serve: each kind with a bad item, and each kind refused as a whole. */
const FEEDS = {
  'news-skips': {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'T',
    items: [
      { id: '1', title: 'Good' },
      { id: '1', title: 'Duplicate' },
      { title: 'No id' },
      { id: '2', _news: { views: -1 } },
    ],
  },
  'news-refused': { version: 'https://jsonfeed.org/version/2', title: 'T', items: [] },
  'tv-skips': {
    channel: { id: 'c', name: 'C', timezone: 'Europe/Moscow' },
    programmes: [
      { start: '2023-10-20T01:10:00+03:00', title: 'Good' },
      { start: 'soon', title: 'Bad' },
    ],
  },
  'tv-refused': { channel: { id: 'c' }, programmes: [] },
  'countries-skips': ['Япония', { slug: 'nameless' }, { code: 'KR', weight: -1 }],
  'countries-refused': { countries: 'Japan' },
};

const page = (bundle) => `<!doctype html>
<html lang="ru"><head><meta charset="utf-8"><title>Strict CSP</title>
<script src="/csp-probe.js"></script>
${bundle === 'iife' ? '<script src="/dist/news-widgets.iife.js"></script>' : '<script type="module" src="/dist/news-widgets.js"></script>'}
</head><body>
<news-card id="summary" src="/test/fixtures/news.json"></news-card>
<news-card id="full" variant="full" src="/test/fixtures/hostile-styles.json"></news-card>
<news-feed id="feed" src="/feeds/news-skips.json"></news-feed>
<news-feed id="feed-refused" src="/feeds/news-refused.json"></news-feed>
<tv-schedule id="tv" timezone="Europe/Moscow" src="/test/fixtures/tv-schedule.json"></tv-schedule>
<tv-schedule id="tv-skips" src="/feeds/tv-skips.json"></tv-schedule>
<tv-schedule id="tv-refused" src="/feeds/tv-refused.json"></tv-schedule>
<country-tag-cloud id="countries" src="/test/fixtures/countries.json"></country-tag-cloud>
<country-tag-cloud id="countries-skips" src="/feeds/countries-skips.json"></country-tag-cloud>
<country-tag-cloud id="countries-refused" src="/feeds/countries-refused.json"></country-tag-cloud>
<subscribe-form id="form" action="/api/subscribe"></subscribe-form>
</body></html>`;

const PROBE = `window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(event.effectiveDirective + ': ' + (event.blockedURI || event.sample));
});
window.skipped = {};
document.addEventListener('widget-load', (event) => { window.skipped[event.target.id] = event.detail.skipped; });`;

describe('strict Content-Security-Policy, built bundles', () => {
  let browser;
  let server;
  before(async () => {
    const send = (type, body) => (_req, res) =>
      res
        .writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' })
        .end(body);
    server = await serve({
      root,
      headers: () => ({ 'Content-Security-Policy': CSP }),
      routes: {
        '/page/iife': send('text/html; charset=utf-8', page('iife')),
        '/page/es': send('text/html; charset=utf-8', page('es')),
        '/csp-probe.js': send('text/javascript', PROBE),
        '/feeds': (req, res) => {
          const name = req.url.replace(/^\/feeds\/|\.json$/g, '');
          send('application/json', JSON.stringify(FEEDS[name]))(req, res);
        },
      },
    });
    browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const bundle of ['iife', 'es']) {
    it(`${bundle}: every feed kind is validated and rendered with no violation reported`, async () => {
      const tab = await browser.newPage();
      const errors = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      try {
        await tab.goto(`${server.origin}/page/${bundle}`);
        await tab.waitForFunction(
          () =>
            [...document.querySelectorAll('[id]')].every(
              (el) =>
                el.localName === 'subscribe-form' || ['ready', 'error', 'empty'].includes(el.getAttribute('status')),
            ) && document.getElementById('full').shadowRoot.querySelector('.body p'),
        );
        // Violations are reported asynchronously: a frame for any that are due.
        await tab.evaluate(() => new Promise(requestAnimationFrame));
        const result = await tab.evaluate(() => ({
          violations: window.violations,
          skipped: window.skipped,
          statuses: Object.fromEntries(
            [...document.querySelectorAll('[status]')].map((el) => [el.id, el.getAttribute('status')]),
          ),
          body: document.getElementById('full').shadowRoot.querySelector('.body').textContent,
        }));
        assert.deepEqual(result.violations, []);
        assert.deepEqual(errors, []);
        assert.deepEqual(result.statuses, {
          summary: 'ready',
          full: 'ready',
          form: 'idle',
          feed: 'ready',
          'feed-refused': 'error',
          tv: 'ready',
          'tv-skips': 'ready',
          'tv-refused': 'error',
          countries: 'ready',
          'countries-skips': 'ready',
          'countries-refused': 'error',
        });
        assert.deepEqual(
          { feed: result.skipped.feed, tv: result.skipped['tv-skips'], countries: result.skipped['countries-skips'] },
          { feed: 3, tv: 1, countries: 2 },
        );
        assert.match(result.body, /Styled paragraph «quoted»/);
      } finally {
        await tab.close();
      }
    });
  }
});
