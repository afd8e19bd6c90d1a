// `npm run bench`: measures the built library in the system Chromium: sizes, render time against a
// hand-written vanilla floor, page cost, requests and layout shift. Prints tables and writes
// bench/results/latest.json. Timing is for people to read, never a CI pass/fail.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
import { fileSizes, ownShares } from '../scripts/sizes.mjs';
import { serve } from '../scripts/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const WARMUP = 5;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const server = await serve({ root });
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const results = {
  taken: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, chromium: browser.version(), runs: RUNS, warmup: WARMUP },
  sizes: { files: fileSizes(), own: ownShares() },
  render: [],
  validate: [],
  cost: {},
  layoutShift: [],
};

/** A fresh page at `path`, ready when `flag` is set on window. */
async function fresh(path, flag) {
  const page = await browser.newPage();
  await page.goto(`${server.origin}${path}`);
  if (flag) await page.waitForFunction((name) => window[name] === true, flag);
  return page;
}

try {
  // Render: same data, same stylesheet, ours against template cloning, data in hand to layout done.
  // Each case in a page of its own, so no case pays for the garbage and heap of the one before.
  for (const [kind, count] of [
    ['newsFeed', 100],
    ['newsFeed', 1000],
    ['tvSchedule', 100],
    ['tvSchedule', 10000],
    ['countryTagCloud', 51],
    ['countryTagCloud', 500],
  ]) {
    const page = await fresh('/bench/render.html', 'benchReady');
    const { ours, floor, lit } = await page.evaluate(([k, n, options]) => window.bench.render(k, n, options), [
      kind,
      count,
      { runs: RUNS, warmup: WARMUP },
    ]);
    await page.close();
    results.render.push({ kind, count, ours, floor, ratio: ours / floor, ...(lit && { lit, ratioToLit: ours / lit }) });
  }
  const page = await fresh('/bench/render.html', 'benchReady');
  // Validation: the feed read (zod) and normalized as the element does, before any rendering.
  for (const [kind, count] of [
    ['newsFeed', 1000],
    ['tvSchedule', 10000],
    ['countryTagCloud', 500],
  ]) {
    const value = await page.evaluate(([k, n, options]) => window.bench.validate(k, n, options), [
      kind,
      count,
      { runs: RUNS, warmup: WARMUP },
    ]);
    results.validate.push({ kind, count, ms: value });
  }
  await page.close();

  // Page cost: each sample in a fresh page, so nothing is warm.
  const sample = async (name) => {
    const values = [];
    for (let i = 0; i < RUNS; i++) {
      const costPage = await fresh('/bench/cost.html', 'costReady');
      values.push(await costPage.evaluate((fn) => window.cost[fn](), name));
      await costPage.close();
    }
    return values;
  };
  const iife = await sample('iife');
  results.cost.iife = { total: median(iife.map((v) => v.total)), evaluate: median(iife.map((v) => v.evaluate)) };
  results.cost.insertToLayout = median(await sample('insertToLayout'));
  results.cost.coldUpgrade50 = median(await sample('coldUpgrade'));
  results.cost.coldUpgrade50Floor = median(await sample('coldUpgradeFloor'));
  results.cost.coldUpgrade50Lit = median(await sample('coldUpgradeLit'));
  const sharedPage = await fresh('/bench/cost.html', 'costReady');
  const before = server.hits.get('/demo/feeds/news.json') ?? 0;
  const elements = await sharedPage.evaluate((u) => window.cost.shared(u), `/demo/feeds/news.json?shared=${Date.now()}`);
  results.cost.requests = { elements, requests: (server.hits.get('/demo/feeds/news.json') ?? 0) - before };
  await sharedPage.close();

  // A stranger's ~5 MB feed with a 1 MB field: each element's longest task (budget 200 ms).
  results.cost.hugeFeed = {};
  for (const tag of ['news-feed', 'tv-schedule', 'country-tag-cloud']) {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const hugePage = await fresh('/bench/cost.html', 'costReady');
      runs.push(await hugePage.evaluate((t) => window.cost.hugeFeed(t), tag));
      await hugePage.close();
    }
    results.cost.hugeFeed[tag] = {
      longestTask: median(runs.map((run) => run.longestTask)),
      total: median(runs.map((run) => run.total)),
      status: runs.map((run) => run.status).join(','),
    };
  }

  // Layout shift caused by each element arriving above a paragraph of text.
  for (const query of [
    'tag=news-card&src=/demo/feeds/news.json',
    'tag=news-card&variant=headline&src=/demo/feeds/news.json',
    'tag=news-card&variant=full&src=/demo/feeds/news.json',
    'tag=news-feed&variant=headline&limit=5&src=/demo/feeds/news.json',
    'tag=tv-schedule&timezone=Europe/Moscow&src=/demo/feeds/tv-schedule.json',
    'tag=country-tag-cloud&href-template=/c/{slug}&src=/demo/feeds/countries.json',
    'tag=subscribe-form&action=/api/subscribe',
  ]) {
    const clsPage = await fresh(`/bench/cls.html?${query}`);
    await clsPage.waitForFunction(() => window.clsResult !== undefined);
    results.layoutShift.push({ case: query.replace(/&src=.*|&action=.*/, ''), cls: await clsPage.evaluate(() => window.clsResult) });
    await clsPage.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const { machine } = results;
console.log(`${machine.cpu} × ${machine.cpus}, Chromium ${machine.chromium}; medians of ${RUNS} runs (render after ${WARMUP} warm-up runs)\n`);
console.log('Sizes (each entry with the chunks it loads):');
console.table(results.sizes.files.map((r) => ({ file: r.file, raw: kb(r.raw), gzip: kb(r.gzip), brotli: kb(r.brotli) })));
console.table(results.sizes.own.map((r) => ({ 'own code of': r.element, gzip: kb(r.gzip), brotli: kb(r.brotli) })));
console.log('Render, data in hand to layout done:');
console.table(
  results.render.map(({ kind, count, ours, floor, ratio, lit, ratioToLit }) => ({
    case: `${kind} ×${count}`,
    ours: ms(ours),
    'vanilla floor': ms(floor),
    ratio: `${ratio.toFixed(2)}×`,
    'Lit floor': lit ? ms(lit) : '',
    'ours / Lit': ratioToLit ? `${ratioToLit.toFixed(2)}×` : '',
  })),
);
console.log('Validate and normalize a feed (zod/mini), data in hand, no rendering:');
console.table(results.validate.map(({ kind, count, ms: value }) => ({ case: `${kind} ×${count}`, time: ms(value) })));
console.log('Page cost:');
console.table({
  'news-widgets.iife.js load + run (no code cache)': ms(results.cost.iife.total),
  '… of which parse and run': ms(results.cost.iife.evaluate),
  'insert a <news-card> to laid out (local feed)': ms(results.cost.insertToLayout),
  '50 <news-card> cold upgrade to rendered': ms(results.cost.coldUpgrade50),
  '… a plain custom element, same markup (floor)': ms(results.cost.coldUpgrade50Floor),
  '… a plain LitElement, same markup (Lit floor)': ms(results.cost.coldUpgrade50Lit),
  [`requests for ${results.cost.requests.elements} elements on one URL`]: results.cost.requests.requests,
});
console.log('A ~5 MB feed with a 1 MB field, given as data (budget: no task over 200 ms):');
console.table(
  Object.entries(results.cost.hugeFeed).map(([tag, run]) => ({
    element: tag,
    'longest task': run.longestTask ? ms(run.longestTask) : 'none over 50 ms',
    'to final status': ms(run.total),
    status: run.status,
  })),
);
console.log('Layout shift (CLS) as each element arrives above text:');
console.table(results.layoutShift.map((r) => ({ case: r.case, cls: r.cls.toFixed(4) })));

await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(new URL('results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
