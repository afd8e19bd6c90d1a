// Every story of the built Storybook, in the system Chromium: it renders, logs no error, and axe
// finds nothing, of any impact. Needs `npm run build-storybook` first (npm test runs it).
// As Storybook's own test runner does, each stories file gets one page, and its stories are
// rendered in it one after another through Storybook's channel; a few files run at once. Each
// story is its own test with its own limit.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';

const root = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const axe = readFileSync(fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url)), 'utf8');
const stories = Object.values(JSON.parse(readFileSync(`${root}index.json`, 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);
const TAGS = 'news-card, news-feed, tv-schedule, country-tag-cloud, subscribe-form';
/** Stories that show a request still under way, on purpose. */
const STILL_LOADING = /--(loading|sending)$/;
/** Stories files at once, each in its own page: two cores here. */
const CONCURRENCY = 2;
/** The slowest story (a thousand items) takes about 4 s here, most well under 1 s. */
const STORY_LIMIT = 60_000;
/**
 * Storybook's a11y panel runs axe by itself after each render; here our own copy does it, once,
 * so the panel's run is switched off for the test (it would double the work).
 */
const PAGE = 'iframe.html?viewMode=story&globals=a11y.manual:!true';

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

/**
 * Renders a story through Storybook's channel and resolves once Storybook is done with it (its
 * render phase `finished`, after `afterEach`), with `storyRendered` or the event that ended it
 * otherwise. Storybook reloads the page when a story is switched while its render is still
 * pending, so the next one must not start before.
 */
function show(storyId) {
  return new Promise((resolve) => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    let outcome;
    const listeners = {
      storyRendered: () => {
        outcome = 'storyRendered';
      },
      storyRenderPhaseChanged: ({ newPhase }) => newPhase === 'finished' && outcome && end(outcome),
      storyErrored: () => end('storyErrored'),
      storyThrewException: () => end('storyThrewException'),
      storyMissing: () => end('storyMissing'),
    };
    const end = (name) => {
      for (const [event, listener] of Object.entries(listeners)) channel.off(event, listener);
      resolve(name);
    };
    for (const [event, listener] of Object.entries(listeners)) channel.on(event, listener);
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
}

/** Waits until every widget has settled. */
function settled({ tags, loading }) {
  const widgets = [...document.querySelectorAll(tags)];
  return (
    widgets.length > 0 &&
    widgets.every(
      (el) => el.getAttribute('status') && (loading || !['loading', 'busy'].includes(el.getAttribute('status'))),
    )
  );
}

/** axe over the story, with the context the story gives its a11y panel (one source for both). */
async function violations() {
  const story = window.__STORYBOOK_PREVIEW__?.currentRender?.story;
  if (!story) return ['the story could not be read from Storybook, so its a11y context is unknown'];
  const context = story.parameters.a11y?.context ?? '#storybook-root';
  const result = await window.ourAxe.run(context, { resultTypes: ['violations'] });
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Stories by the file that declares them (Node 20 has no Map.groupBy). */
const byFile = new Map();
for (const story of stories) byFile.set(story.importPath, [...(byFile.get(story.importPath) ?? []), story]);

describe('Storybook', { concurrency: CONCURRENCY }, () => {
  it('has stories for every element', () => {
    const titles = new Set(stories.map((story) => story.title));
    for (const tag of TAGS.split(', ')) assert.ok(titles.has(`Elements/${tag}`), tag);
  });

  for (const [file, group] of byFile) {
    // One page, one story at a time in it (they share its DOM and its axe).
    describe(file, { concurrency: 1 }, () => {
      let page;
      let problems = [];
      before(async () => {
        page = await browser.newPage();
        // Each test's own limit is the one that counts; no second, shorter one inside it.
        page.setDefaultTimeout(0);
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
        await page.goto(`${server.origin}/${PAGE}`);
        await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.storyStoreValue);
        await page.addScriptTag({ content: `${axe}\nwindow.ourAxe = axe;` });
      });
      after(() => page?.close());

      for (const story of group) {
        it(`${story.title} › ${story.name}`, { timeout: STORY_LIMIT }, async () => {
          problems = [];
          assert.equal(await page.evaluate(show, story.id), 'storyRendered');
          await page.waitForFunction(settled, { tags: TAGS, loading: STILL_LOADING.test(story.id) });
          assert.deepEqual(problems, []);
          assert.deepEqual(await page.evaluate(violations), []);
        });
      }
    });
  }
});
