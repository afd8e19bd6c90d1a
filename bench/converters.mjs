// Part of `npm run bench`: `news-widgets rss` and `xmltv` against the peers a publisher might use
// instead (rss-parser and feedsmith for RSS and Atom, @iptv/xmltv for XMLTV), on generated 30 MB
// files, in turns, each run in a fresh process. Prints CPU time and peak memory, and ours as a
// ratio of each peer's. Ours does more (converts, validates, writes the feed); the peers only parse.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './converters/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_CONVERTER_RUNS ?? 5);
const MB = Number(process.env.BENCH_CONVERTER_MB ?? 30);
const usage = join(root, 'bench/converters/usage.mjs');
const peer = join(root, 'bench/converters/peer.mjs');
const cli = join(root, 'bin/news-widgets.mjs');

/** CPU seconds and peak resident MB of one run of `args` in a fresh node. */
const measure = (args) =>
  new Promise((resolve, reject) => {
    execFile('node', ['--import', usage, ...args], { maxBuffer: 512 * 1024 * 1024 }, (error, _stdout, stderr) => {
      const line = stderr.trim().split('\n').at(-1);
      if (error) return reject(new Error(`${args.join(' ')}: ${stderr.slice(0, 500)}`));
      const { cpu, rss } = JSON.parse(line);
      resolve({ cpu, rss });
    });
  });

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

const folder = mkdtempSync(join(tmpdir(), 'nw-bench-'));
const cases = [
  { name: 'RSS 2.0', kind: 'rss', ours: ['rss'], peers: ['rss-parser', 'feedsmith'] },
  { name: 'Atom 1.0', kind: 'atom', ours: ['rss'], peers: ['rss-parser', 'feedsmith'] },
  { name: 'XMLTV', kind: 'xmltv', ours: ['xmltv', '--channel', 'c1'], peers: ['@iptv/xmltv'] },
];
const results = [];
try {
  for (const test of cases) {
    const file = join(folder, `${test.kind}.xml`);
    await generate(file, test.kind, MB);
    const size = statSync(file).size / 1024 / 1024;
    const runs = { ours: [], ...Object.fromEntries(test.peers.map((name) => [name, []])) };
    for (let run = 0; run < RUNS; run++) {
      // In turns, so a slower moment of the machine falls on all of them alike.
      runs.ours.push(await measure([cli, ...test.ours, file]));
      for (const name of test.peers) runs[name].push(await measure([peer, name, file]));
    }
    const summary = Object.fromEntries(
      Object.entries(runs).map(([name, list]) => [
        name,
        { cpu: median(list.map((r) => r.cpu)), rss: Math.max(...list.map((r) => r.rss)) },
      ]),
    );
    results.push({ case: test.name, mb: size, runs: RUNS, ...summary });
    console.log(`\n${test.name}, ${size.toFixed(1)} MB, median CPU of ${RUNS} runs in turns; peak memory`);
    console.table(
      Object.entries(summary).map(([name, { cpu, rss }]) => ({
        converter: name,
        'CPU s': cpu.toFixed(2),
        'peak MB': rss.toFixed(0),
        'peak / input': (rss / size).toFixed(2),
        'ours: CPU ×': name === 'ours' ? '' : (summary.ours.cpu / cpu).toFixed(2),
        'ours: memory ×': name === 'ours' ? '' : (summary.ours.rss / rss).toFixed(2),
      })),
    );
  }
  await writeFile(join(root, 'bench/results/converters.json'), `${JSON.stringify({ taken: new Date().toISOString(), results }, null, 2)}\n`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
