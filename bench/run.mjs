// `npm run bench`: measures the built library in the system Chromium. Prints a table and writes
// bench/results/latest.json. Timing is for people to read, never a CI pass/fail.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../scripts/chrome.mjs';
import { serve } from '../scripts/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const WARMUP = 3;

const server = await serve({ root });
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
const results = { machine: {}, render: [] };
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/bench/render.html`);
  await page.waitForFunction(() => window.benchReady === true);
  results.machine = { chromium: browser.version(), runs: RUNS, warmup: WARMUP };
  for (const [kind, count] of [
    ['newsFeed', 100],
    ['newsFeed', 1000],
    ['tvSchedule', 100],
    ['tvSchedule', 10000],
  ]) {
    const { ours, floor } = await page.evaluate(
      ([k, n, options]) => window.bench.render(k, n, options),
      [kind, count, { runs: RUNS, warmup: WARMUP }],
    );
    results.render.push({ kind, count, ours, floor, ratio: ours / floor });
  }
} finally {
  await browser.close();
  server.close();
}

console.log(`Chromium ${results.machine.chromium}, median of ${RUNS} runs after ${WARMUP} warm-up runs`);
console.table(
  results.render.map(({ kind, count, ours, floor, ratio }) => ({
    case: `${kind} ×${count}`,
    'ours (ms)': ours.toFixed(1),
    'vanilla floor (ms)': floor.toFixed(1),
    ratio: `${ratio.toFixed(2)}×`,
  })),
);
await mkdir(new URL('results/', import.meta.url), { recursive: true });
await writeFile(new URL('results/latest.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
