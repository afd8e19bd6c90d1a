// Every story of the built Storybook, in the system Chromium: it renders, logs no error, and axe
// finds nothing, of any impact. Needs `npm run build-storybook` first (npm test runs it).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const axe = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
const stories = Object.values(JSON.parse(readFileSync(`${root}index.json`, 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);
const TAGS = 'news-card, news-feed, tv-schedule, country-tag-cloud, subscribe-form';
/** Stories that show a request still under way, on purpose. */
const STILL_LOADING = /--(loading|sending)$/;

let server;
let browser;
before(async () => {
  // The story iframe names no icon, so the browser asks for /favicon.ico: answer it.
  server = await serve({ root, routes: { '/favicon.ico': (_req, res) => res.writeHead(204).end() } });
  browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('Storybook', () => {
  it('has stories for every element', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const tag of TAGS.split(', ')) assert.ok(titles.has(`Elements/${tag}`), tag);
  });

  for (const story of stories) {
    it(`${story.title} › ${story.name}`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
      try {
        await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
        await page.waitForFunction(
          ({ tags, loading }) => {
            if (document.body.classList.contains('sb-show-errordisplay')) return true;
            const widgets = [...document.querySelectorAll(tags)];
            return (
              widgets.length > 0 &&
              widgets.every(
                (el) =>
                  el.getAttribute('status') && (loading || !['loading', 'busy'].includes(el.getAttribute('status'))),
              )
            );
          },
          { tags: TAGS, loading: STILL_LOADING.test(story.id) },
        );
        assert.equal(
          await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay')),
          false,
          'render error',
        );
        assert.deepEqual(problems, []);
        // Our own copy of axe, apart from the one Storybook's a11y panel runs after each render.
        await page.addScriptTag({ content: `${readFileSync(axe, 'utf8')}\nwindow.ourAxe = axe;` });
        const violations = await page.evaluate(async () => {
          const { violations } = await window.ourAxe.run(document.querySelector('#storybook-root'), {
            resultTypes: ['violations'],
          });
          return violations.map(
            (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        });
        assert.deepEqual(violations, []);
      } finally {
        await page.close();
      }
    });
  }
});
