// The npm package as a user gets it: packed, installed into a scratch project, every entry point
// bundled through the `exports` map and run in Chromium, every type checked. A broken exports map
// fails here, not in a user's build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../../scripts/chrome.mjs';
import { serve } from '../../scripts/static-server.mjs';
import { APPS, SVELTE_APP, sveltePlugin, VUE_WITH_LOADER } from './framework-apps.mjs';

const project = fileURLToPath(new URL('../..', import.meta.url));
const TAGS = ['news-card', 'news-feed', 'tv-schedule', 'country-tag-cloud', 'subscribe-form'];
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** A strict tsconfig for the scratch project's checks: `extra` compiler options, `rest` (files…). */
const tsconfig = (extra, rest = {}) =>
  JSON.stringify({
    ...rest,
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'Bundler',
      strict: true,
      noEmit: true,
      lib: ['ES2023', 'DOM'],
      skipLibCheck: false,
      types: [],
      ...extra,
    },
  });

let scratch;
let files;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'nw-package-'));
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], project));
  files = packed.files.map((file) => file.path);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)], scratch);
  // React is an optional peer: a React app has it already; this one gets the versions we develop with.
  const { devDependencies } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
  const react = ['react', 'react-dom', '@types/react'].map((name) => `${name}@${devDependencies[name]}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...react], scratch);
});

describe('npm package', () => {
  it('ships only what users need', () => {
    assert.ok(files.includes('dist/news-widgets.js'));
    assert.ok(files.includes('dist/news-widgets.iife.js'));
    assert.ok(files.includes('dist/loader.js'));
    assert.ok(files.includes('dist/react.js'));
    assert.ok(files.includes('dist/schemas.js'));
    assert.ok(files.includes('bin/news-widgets.mjs'));
    assert.ok(files.includes('dist/types/index.d.ts'));
    assert.ok(files.includes('custom-elements.json'));
    for (const schema of ['news-feed', 'tv-schedule', 'countries']) assert.ok(files.includes(`schemas/${schema}.json`));
    assert.deepEqual(
      files.filter((file) => /^(src|test|stories|demo|bench|scripts|node_modules)\//.test(file)),
      [],
    );
  });

  it('resolves JSON Schemas and the manifest through exports', () => {
    const resolved = run(
      'node',
      [
        '--input-type=module',
        '-e',
        `const r = (s) => import.meta.resolve(s);
         console.log(JSON.stringify([r('news-widgets/schemas/news-feed.json'), r('news-widgets/custom-elements.json')]));`,
      ],
      scratch,
    );
    for (const url of JSON.parse(resolved)) assert.ok(JSON.parse(readFileSync(new URL(url), 'utf8')));
  });

  it('type-checks every entry point, with tags in HTMLElementTagNameMap', () => {
    writeFileSync(
      join(scratch, 'check.ts'),
      `import 'news-widgets';
import { NewsCardElement, TvScheduleElement, type NewsItem, type WidgetLoadEvent } from 'news-widgets/elements.js';
import 'news-widgets/news-card.js';
import 'news-widgets/news-feed.js';
import 'news-widgets/tv-schedule.js';
import 'news-widgets/country-tag-cloud.js';
import 'news-widgets/subscribe-form.js';
import { watch } from 'news-widgets/loader.js';
import { checkFeed, NewsFeedSchema, type NewsFeedInput, type TvScheduleInput } from 'news-widgets/schemas.js';
const input: NewsFeedInput = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 1, title: 'x' }] };
const checked = checkFeed('news', input);
const firstTitle: string | undefined = checked.data?.items[0]?.title;
const parsed = NewsFeedSchema.safeParse(input);
const schedule2: TvScheduleInput = { channel: { id: 'c', name: 'C', timezone: 'UTC' }, programmes: [] };
export { firstTitle, parsed, schedule2 };
const card: NewsCardElement = document.createElement('news-card');
card.variant = 'full';
card.data = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: 1, title: 'x' }] };
// @ts-expect-error: the data property is typed as the feed: a news feed has items
card.data = { version: 'https://jsonfeed.org/version/1.1', title: 'T' };
const schedule: TvScheduleElement = document.createElement('tv-schedule');
schedule.now = () => new Date();
document.createElement('country-tag-cloud').addEventListener('country-select', (event) => event.detail.name);
document.createElement('subscribe-form').addEventListener('subscribe-error', (event) => event.detail.kind);
card.addEventListener('widget-load', (event: WidgetLoadEvent) => event.detail.skipped);
const item: NewsItem | undefined = undefined;
watch(document);
export { item };
`,
    );
    // Every @types package of the project (React's for app.tsx).
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      tsconfig({ jsx: 'react-jsx', types: undefined }, { files: ['check.ts', 'app.tsx'] }),
    );
    writeFileSync(
      join(scratch, 'app.tsx'),
      `import { CountryTagCloud, NewsCard, NewsFeed, SubscribeForm, TvSchedule } from 'news-widgets/react.js';
export const App = () => (
  <>
    <NewsCard src="/news.json" variant="full" onWidgetLoad={(event) => event.detail.skipped} />
    <NewsFeed limit={5} data={{ version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [] }} />
    <TvSchedule now={() => new Date()} hidePast onWidgetError={(event) => event.detail.code} />
    <CountryTagCloud onCountrySelect={(event) => event.detail.name} />
    <SubscribeForm action="/api/subscribe" consent onSubscribeError={(event) => event.detail.kind} />
    {/* @ts-expect-error: the variants are typed, not any string */}
    <NewsCard variant="wide" />
  </>
);
`,
    );
    run(join(project, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], scratch);
  });

  it('imports every entry on a server (as SSR frameworks do) without throwing, and defines nothing there', () => {
    const { exports } = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'));
    const modules = Object.keys(exports)
      .filter((entry) => entry === '.' || (entry.endsWith('.js') && !entry.endsWith('.iife.js')))
      .map((entry) => `news-widgets${entry.slice(1)}`);
    assert.ok(modules.length >= 10, modules.join(' '));
    const script = `const failed = [];
      for (const name of ${JSON.stringify(modules)}) {
        try { await import(name); } catch (error) { failed.push(name + ': ' + error.message); }
      }
      const defined = ${JSON.stringify(TAGS)}.filter((tag) => globalThis.customElements?.get(tag));
      console.log(JSON.stringify({ failed, defined }));`;
    assert.deepEqual(JSON.parse(run('node', ['--input-type=module', '-e', script], scratch)), {
      failed: [],
      defined: [],
    });
  });

  it('renders the React wrappers in a Vite SSR build: the tags, their attributes and their light-DOM fallback', async () => {
    // An app's server entry, built by Vite for SSR (node_modules stay external, as in any Vite app).
    writeFileSync(
      join(scratch, 'ssr-entry.jsx'),
      `import { renderToString } from 'react-dom/server';
      import { NewsCard, TvSchedule } from 'news-widgets/react.js';
      export const render = () => renderToString(
        <main>
          <NewsCard src="/feeds/news.json" variant="headline"><a href="/news">Новости</a></NewsCard>
          <TvSchedule timezone="Europe/Moscow" now={() => new Date()} />
        </main>,
      );`,
    );
    const { build: viteBuild } = await import('vite');
    await viteBuild({
      root: scratch,
      configFile: false,
      logLevel: 'silent',
      build: { ssr: 'ssr-entry.jsx', outDir: join(scratch, 'ssr-dist'), emptyOutDir: true },
    });
    const script = `import { render } from './ssr-dist/ssr-entry.js'; console.log(render());`;
    assert.equal(
      run('node', ['--input-type=module', '-e', script], scratch).trim(),
      '<main><news-card src="/feeds/news.json" variant="headline"><a href="/news">Новости</a></news-card><tv-schedule timezone="Europe/Moscow"></tv-schedule></main>',
    );
  });

  it('gives publishers checkFeed on a server and the news-widgets command', () => {
    const script = `import { checkFeed } from 'news-widgets/schemas.js';
      const result = checkFeed('countries', ['Япония', { code: 'KR' }, { slug: 'none' }]);
      console.log(JSON.stringify([result.shown, result.skipped.length]));`;
    assert.equal(run('node', ['--input-type=module', '-e', script], scratch).trim(), '[2,1]');
    const feed = join(project, 'test/fixtures/news.json');
    assert.match(run('npx', ['--no-install', 'news-widgets', 'check', feed], scratch), /✓ shown: 1 item, 0 skipped/);
    // The converters, with their XML parser installed as the package's dependency.
    const rss = JSON.parse(
      run('npx', ['--no-install', 'news-widgets', 'rss', join(project, 'test/fixtures/convert/atom.xml')], scratch),
    );
    assert.equal(rss.items.length, 2);
    const guide = join(project, 'test/fixtures/convert/guide.xml');
    const tv = JSON.parse(
      run('npx', ['--no-install', 'news-widgets', 'xmltv', guide, '--channel', 'other.tv'], scratch),
    );
    assert.equal(tv.programmes.length, 1);
  });

  it('lets a bundler keep one element alone: its entry, its class, its React wrapper', async () => {
    const bundled = async (contents) => {
      const result = await build({
        stdin: { contents, resolveDir: scratch, loader: 'js' },
        bundle: true,
        format: 'esm',
        minify: true,
        write: false,
        external: ['react'],
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'error',
      });
      return gzipSync(result.outputFiles[0].contents).length;
    };
    const sizes = {
      all: await bundled(`import 'news-widgets';`),
      element: await bundled(`import 'news-widgets/news-card.js';`),
      class: await bundled(`import { NewsCardElement } from 'news-widgets/elements.js'; console.log(NewsCardElement);`),
      wrapper: await bundled(`import { NewsCard } from 'news-widgets/react/news-card.js'; console.log(NewsCard);`),
      fromAll: await bundled(`import { NewsCard } from 'news-widgets/react.js'; console.log(NewsCard);`),
    };
    const report = JSON.stringify(sizes);
    // One element is well under all five (the others are 11 KB more here).
    assert.ok(sizes.element < sizes.all - 8_000, report);
    assert.ok(sizes.class <= sizes.element, report);
    // The wrapper is its element plus @lit/react's createComponent (about 0.6 KB).
    assert.ok(sizes.wrapper <= sizes.element + 1_024, report);
    assert.ok(sizes.fromAll <= sizes.wrapper + 200, report);
  });

  // The generated template types (dist/frameworks/), in each framework's own checker: a valid
  // template checks clean, an invalid variant is an error, with one import line as the README shows.
  describe('template types', () => {
    /** The checkers, with TypeScript 5.9 for the ones that load it in-process (TypeScript 7 cannot be). */
    const CHECKERS = [
      'vue@3.5.45',
      'vue-tsc@3.3.14',
      'svelte@5.57.3',
      'svelte-check@4.7.8',
      'preact@11.2.0',
      'typescript@5.9.3',
    ];
    const TEMPLATE = {
      good: `<news-card src="/news.json" variant="full" onwidget-load={(e) => e.detail.skipped} />
    <tv-schedule timezone="Europe/Moscow" upcoming={2} onwidget-error={(e) => e.detail.code} />
    <country-tag-cloud oncountry-select={(e) => e.detail.path} />
    <subscribe-form action="/api/subscribe" consent onsubscribe-error={(e) => e.detail.kind} />`,
      bad: '<news-card variant="123" />',
    };
    const WRONG_VARIANT = /Type '\\?"123\\?"' is not assignable to type 'NewsVariant \| undefined'/;
    const dir = (name) => {
      const path = join(scratch, 'frameworks', name);
      mkdirSync(path, { recursive: true });
      return path;
    };
    /** Runs a checker; its exit code and everything it printed. */
    const check = (command, args, cwd) => {
      try {
        return { code: 0, output: run(command, args, cwd) };
      } catch (error) {
        return { code: error.status, output: `${error.stdout}${error.stderr}` };
      }
    };

    before(() => {
      run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...CHECKERS], scratch);
    });

    for (const [name, jsx] of [
      ['React (raw tags)', { jsx: 'react-jsx' }],
      ['Preact', { jsx: 'react-jsx', jsxImportSource: 'preact' }],
    ]) {
      it(`${name}: JSX checks the tags with tsc`, () => {
        const module = jsx.jsxImportSource ?? 'react';
        const cwd = dir(module);
        const app = (template) =>
          `import type {} from 'news-widgets/${module}-jsx';\nexport const App = () => (<>\n    ${template}\n  </>);\n`;
        writeFileSync(join(cwd, 'good.tsx'), app(TEMPLATE.good));
        writeFileSync(join(cwd, 'bad.tsx'), app(TEMPLATE.bad));
        const tsc = join(project, 'node_modules/.bin/tsc');
        for (const file of ['good', 'bad'])
          writeFileSync(
            join(cwd, `${file}.json`),
            tsconfig({ ...jsx, types: module === 'react' ? ['react'] : [] }, { files: [`${file}.tsx`] }),
          );
        assert.deepEqual(check(tsc, ['-p', 'good.json'], cwd), { code: 0, output: '' });
        const bad = check(tsc, ['-p', 'bad.json'], cwd);
        assert.notEqual(bad.code, 0);
        assert.match(bad.output, WRONG_VARIANT);
      });
    }

    it('Vue: vue-tsc checks the templates (GlobalComponents)', () => {
      const cwd = dir('vue');
      const component = (template) =>
        `<script setup lang="ts">\nimport type {} from 'news-widgets/vue';\n</script>\n<template>\n  ${template}\n</template>\n`;
      writeFileSync(
        join(cwd, 'Good.vue'),
        component(`<news-card src="/news.json" variant="full" @widget-load="(e) => e.detail.skipped" />
  <news-feed :limit="3" @widget-error="(e) => e.detail.code" />
  <country-tag-cloud @country-select="(e) => e.detail.path" />`),
      );
      writeFileSync(join(cwd, 'Bad.vue'), component(TEMPLATE.bad));
      for (const file of ['Good', 'Bad'])
        writeFileSync(join(cwd, `${file}.json`), tsconfig({ jsx: 'preserve' }, { include: [`${file}.vue`] }));
      const vueTsc = join(scratch, 'node_modules/.bin/vue-tsc');
      assert.deepEqual(check(vueTsc, ['-p', 'Good.json'], cwd), { code: 0, output: '' });
      const bad = check(vueTsc, ['-p', 'Bad.json'], cwd);
      assert.notEqual(bad.code, 0);
      assert.match(bad.output, WRONG_VARIANT);
    });

    it('Svelte: svelte-check checks the markup (svelteHTML)', () => {
      const component = (template) =>
        `<script lang="ts">\n  import type {} from 'news-widgets/svelte';\n</script>\n\n${template}\n`;
      const results = {};
      // Svelte wants closing tags, and reads braces in attributes as expressions.
      const markup = {
        good: `<news-card src="/news.json" variant="full" onwidget-load={(e) => e.detail.skipped}></news-card>
<tv-schedule timezone="Europe/Moscow" upcoming={2} onwidget-error={(e) => e.detail.code}></tv-schedule>
<country-tag-cloud href-template={'/country/{slug}'} oncountry-select={(e) => e.detail.path}></country-tag-cloud>`,
        bad: '<news-card variant="123"></news-card>',
      };
      for (const [file, template] of Object.entries(markup)) {
        const cwd = dir(`svelte-${file}`);
        writeFileSync(join(cwd, 'App.svelte'), component(template));
        writeFileSync(join(cwd, 'tsconfig.json'), tsconfig({}));
        results[file] = check(
          join(scratch, 'node_modules/.bin/svelte-check'),
          ['--workspace', cwd, '--output', 'machine'],
          scratch,
        );
      }
      assert.equal(results.good.code, 0, results.good.output);
      assert.match(results.good.output, / 0 ERRORS 0 WARNINGS/);
      assert.notEqual(results.bad.code, 0);
      assert.match(results.bad.output, WRONG_VARIANT);
    });
  });

  // Each framework's own rendering, from the installed package: src, a bound object, the
  // framework's event binding, and unmount aborting a pending request (test/delivery/framework-apps.mjs).
  describe('framework apps in Chromium', () => {
    let browser;
    let server;
    /** Per app: the hanging request arrived, and was given up. */
    const hangs = {};
    const hang = (name) => {
      hangs[name] ??= {};
      for (const event of ['arrived', 'closed'])
        hangs[name][event] ??= new Promise((resolve) => {
          hangs[name][`on${event}`] = resolve;
        });
      return hangs[name];
    };
    before(async () => {
      // The checkers' install (template types, above) brought Vue, Svelte and Preact.
      writeFileSync(join(scratch, 'App.svelte'), SVELTE_APP);
      for (const [name, contents] of Object.entries({ ...APPS, 'vue-loader': VUE_WITH_LOADER })) {
        await build({
          stdin: { contents, resolveDir: scratch, loader: 'js' },
          bundle: true,
          format: 'esm',
          define: {
            'process.env.NODE_ENV': '"production"',
            __VUE_OPTIONS_API__: 'true',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
          conditions: ['browser'],
          plugins: [sveltePlugin(scratch)],
          outfile: join(scratch, `app-${name}.js`),
          logLevel: 'error',
        });
        writeFileSync(
          join(scratch, `app-${name}.html`),
          `<!doctype html><html lang="ru"><head><link rel="icon" href="data:,">${name === 'vue-loader' ? '<script type="module" src="/node_modules/news-widgets/dist/loader.js"></script>' : ''}</head><body><div id="app"></div><script type="module" src="./app-${name}.js"></script></body></html>`,
        );
      }
      server = await serve({
        root: scratch,
        routes: {
          '/feeds': (_req, res) =>
            res
              .writeHead(200, { 'Content-Type': 'application/json' })
              .end(readFileSync(join(project, 'test/fixtures/news.json'))),
          '/hang': (req, _res) => {
            const name = req.url.split('/')[2];
            hang(name).onarrived();
            req.on('close', () => hang(name).onclosed());
          },
        },
      });
      browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('vue with loader.js: an object bound before the element is defined is an error and its event, not an empty widget', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.origin}/app-vue-loader.html`);
        await page.waitForFunction(() => window.errors?.length === 1);
        assert.deepEqual(await page.evaluate(() => window.errors), ['news-feed:parse']);
        assert.equal(await page.evaluate(() => document.querySelector('news-feed').getAttribute('status')), 'error');
      } finally {
        await page.close();
      }
    });

    for (const name of Object.keys(APPS)) {
      it(`${name}: renders from src and from a bound object, hears widget-load, unmounts cleanly`, {
        timeout: 60_000,
      }, async () => {
        const page = await browser.newPage();
        const problems = [];
        page.on('pageerror', (error) => problems.push(error.message));
        page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
        try {
          await page.goto(`${server.origin}/app-${name}.html`);
          await page.waitForFunction(() => window.loaded?.length === 2);
          const { loaded, title } = await page.evaluate(() => ({
            loaded: [...window.loaded].sort(),
            title: document.querySelector('news-feed').shadowRoot.querySelector('[part~="title"]').textContent.trim(),
          }));
          assert.deepEqual(loaded, ['news-card:1', 'news-feed:1']);
          assert.equal(title, 'Из данных');
          await hang(name).arrived;
          await page.evaluate(() => window.app.unmount());
          // The schedule's pending request is given up when the framework removes the element.
          await hang(name).closed;
          assert.equal(
            await page.evaluate(() => document.querySelectorAll('news-card, news-feed, tv-schedule').length),
            0,
          );
          assert.deepEqual(problems, []);
        } finally {
          await page.close();
        }
      });
    }
  });

  describe('in the browser', () => {
    let browser;
    let server;
    before(async () => {
      // Two bundles, made from the installed package the way a user's bundler would.
      const entries = {
        all: `import 'news-widgets'; window.defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));`,
        each: `${TAGS.map((t) => `import 'news-widgets/${t}.js';`).join('\n')}
          window.defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));`,
        classes: `import * as classes from 'news-widgets/elements.js';
          window.defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));
          window.exported = Object.keys(classes).filter((k) => k.endsWith('Element'));
          // A tag name of the developer's own.
          customElements.define('partner-news', class extends classes.NewsCardElement {});
          const card = document.createElement('partner-news');
          card.data = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'Own tag' }] };
          document.body.append(card);
          card.updateComplete.then(() => { window.ownTag = card.shadowRoot.querySelector('[part~="title"]')?.textContent.trim(); });`,
        // One wrapper alone: only its element is defined.
        reactOne: `import { createElement } from 'react';
          import { createRoot } from 'react-dom/client';
          import { NewsCard } from 'news-widgets/react/news-card.js';
          window.defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));
          window.exported = ['NewsCard'];
          const data = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'One wrapper' }] };
          const onWidgetLoad = (event) => {
            window.ownTag = event.target.shadowRoot.querySelector('[part~="title"]')?.textContent.trim();
          };
          createRoot(document.body.appendChild(document.createElement('div'))).render(createElement(NewsCard, { data, onWidgetLoad }));`,
        // A React app: \`data\` reaches the element as an object, \`onWidgetLoad\` as a listener.
        react: `import { createElement } from 'react';
          import { createRoot } from 'react-dom/client';
          import * as wrappers from 'news-widgets/react.js';
          window.defined = ${JSON.stringify(TAGS)}.filter((t) => customElements.get(t));
          window.exported = Object.keys(wrappers);
          const data = { version: 'https://jsonfeed.org/version/1.1', title: 'T', items: [{ id: '1', title: 'From React' }] };
          const onWidgetLoad = (event) => {
            window.ownTag = event.target.shadowRoot.querySelector('[part~="title"]')?.textContent.trim();
          };
          createRoot(document.body.appendChild(document.createElement('div'))).render(
            createElement(wrappers.NewsCard, { data, variant: 'headline', onWidgetLoad }),
          );`,
      };
      for (const [name, contents] of Object.entries(entries)) {
        await build({
          stdin: { contents, resolveDir: scratch, loader: 'js' },
          bundle: true,
          format: 'esm',
          define: { 'process.env.NODE_ENV': '"production"' },
          outfile: join(scratch, `${name}.js`),
          logLevel: 'error',
        });
        writeFileSync(
          join(scratch, `${name}.html`),
          `<!doctype html><script>window.before = Object.keys(window);</script><script type="module" src="./${name}.js"></script>`,
        );
      }
      server = await serve({ root: scratch });
      browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    const load = async (name) => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${server.origin}/${name}.html`);
      await page.waitForFunction(
        () => window.defined !== undefined && (window.exported === undefined || window.ownTag),
      );
      const result = await page.evaluate(() => ({
        defined: window.defined,
        exported: window.exported,
        ownTag: window.ownTag,
        globals: Object.keys(window).filter(
          (key) => !window.before.includes(key) && !['before', 'defined', 'exported', 'ownTag'].includes(key),
        ),
      }));
      await page.close();
      assert.deepEqual(errors, []);
      return result;
    };

    it('"." defines every element, with the app’s Lit, and puts nothing of its own on the window', async () => {
      const { defined, globals } = await load('all');
      assert.deepEqual(defined, TAGS);
      // Lit is the app's (a dependency, one copy), and registers its versions as it does in any app.
      assert.deepEqual(globals.sort(), [
        'litElementVersions',
        'litHtmlVersions',
        'litPropertyMetadata',
        'reactiveElementVersions',
      ]);
    });

    it('each element entry defines its element', async () => {
      assert.deepEqual((await load('each')).defined, TAGS);
    });

    it('elements.js exports the classes, defines nothing, and a class works under a tag of one’s own', async () => {
      const { defined, exported, ownTag } = await load('classes');
      assert.deepEqual(defined, []);
      assert.equal(ownTag, 'Own tag');
      assert.deepEqual(exported.sort(), [
        'CountryTagCloudElement',
        'NewsCardElement',
        'NewsFeedElement',
        'SubscribeFormElement',
        'TvScheduleElement',
      ]);
    });

    it('react/news-card.js wraps its element alone', async () => {
      const { defined, ownTag } = await load('reactOne');
      assert.deepEqual(defined, ['news-card']);
      assert.equal(ownTag, 'One wrapper');
    });

    it('react.js wraps every element for React: properties as properties, events as on… props', async () => {
      const { defined, exported, ownTag } = await load('react');
      assert.deepEqual(defined, TAGS);
      assert.deepEqual(exported.sort(), ['CountryTagCloud', 'NewsCard', 'NewsFeed', 'SubscribeForm', 'TvSchedule']);
      assert.equal(ownTag, 'From React');
    });
  });
});
