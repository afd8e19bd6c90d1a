// A partner page whose HTML arrives in pieces, with the classic script in <head>: the elements
// upgrade while the parser is still inside them, and their inline feeds are not all there yet.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const feed = (title) =>
  JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title }] });

/** The page, in the pieces the server sends with a pause between them. */
const pieces = () => {
  const streamed = feed('Streamed');
  const cut = streamed.indexOf('Stream') + 3;
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Streaming</title>
    <script>
      window.events = [];
      for (const type of ['widget-load', 'widget-error'])
        document.addEventListener(type, (event) => events.push(type + ' ' + event.target.id), true);
    </script>
    <script src="/dist/news-widgets.iife.js"></script></head><body>
    <news-card id="cut"><script type="application/json">${streamed.slice(0, cut)}`,
    `${streamed.slice(cut)}</script></news-card>
    <news-card id="late">`,
    `<script type="application/json">${feed('Late')}</script></news-card>
    <p>${'Text of the article. '.repeat(200)}</p>`,
    '</body></html>',
  ];
};

let server;
let browser;
before(async () => {
  server = await serve({
    root,
    routes: {
      '/streaming.html': async (_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
        for (const piece of pieces()) {
          res.write(piece);
          await delay(300);
        }
        res.end();
      },
    },
  });
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('a page that arrives in pieces', () => {
  it('waits for inline feeds the parser has not finished, and never reports them as broken', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/streaming.html`, { waitUntil: 'load' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('news-card')].every((el) => el.getAttribute('status') !== 'loading'),
    );
    const result = await page.evaluate(() => ({
      events: window.events.toSorted(),
      titles: [...document.querySelectorAll('news-card')].map((el) => [
        el.getAttribute('status'),
        el.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(),
      ]),
    }));
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(result.titles, [
      ['ready', 'Streamed'],
      ['ready', 'Late'],
    ]);
    assert.deepEqual(result.events, ['widget-load cut', 'widget-load late']);
  });
});
