// Sizes of what partners download: raw, gzip and brotli bytes of each dist file, and of each
// ES entry with every chunk it imports statically. Prints a table, writes dist/sizes.json, and
// exits non-zero when a file is over its budget.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;

/**
 * Budgets in gzip bytes. The product targets (README, issue 9) are lower: the IIFE at most 20 KB
 * (aim 16), each element's own code at most 3 KB. These budgets hold the line where the library
 * stands today, so that nothing grows unnoticed while the gap to the targets is closed.
 */
export const BUDGETS = {
  'news-widgets.iife.js': 32_600,
  'news-widgets.js': 34_000,
  'loader.js': 1_536,
  'chunks/sanitize-html.js': 2_300,
  'news-card.js': 24_200,
  'news-feed.js': 24_400,
  'tv-schedule.js': 24_500,
  'country-tag-cloud.js': 23_100,
  'subscribe-form.js': 21_600,
};
export const TARGETS = { 'news-widgets.iife.js': 20_480, 'loader.js': 1_536 };

const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** An entry and every chunk it imports statically (what a page loads before the element runs). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["']([^"']+)["']/g)) {
    closure(relative(dist, join(dirname(join(dist, file)), spec)), seen);
  }
  return seen;
}

const rows = [];
for (const file of Object.keys(BUDGETS)) {
  const files = file.endsWith('.iife.js') || file.startsWith('chunks/') ? [file] : [...closure(file)];
  const bytes = Buffer.concat(files.map((f) => readFileSync(join(dist, f))));
  rows.push({ file, files: files.length, ...measure(bytes), budget: BUDGETS[file], target: TARGETS[file] });
}

const kb = (n) => (n === undefined ? '' : `${(n / 1024).toFixed(1)} KB`);
console.table(
  rows.map((row) => ({
    file: row.file + (row.files > 1 ? ` (+${row.files - 1} chunks)` : ''),
    raw: kb(row.raw),
    gzip: kb(row.gzip),
    brotli: kb(row.brotli),
    budget: kb(row.budget),
    target: kb(row.target),
    ok: row.gzip <= row.budget ? 'yes' : 'OVER',
  })),
);
writeFileSync(join(dist, 'sizes.json'), `${JSON.stringify(rows, null, 2)}\n`);
const over = rows.filter((row) => row.gzip > row.budget);
if (over.length) {
  console.error(`Over budget: ${over.map((row) => row.file).join(', ')}`);
  process.exit(1);
}
