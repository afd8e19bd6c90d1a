// Sizes of what partners download: raw, gzip and brotli bytes of the dist files, of each ES entry
// with every chunk it imports statically, and of each element's own share.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const dist = new URL('../dist/', import.meta.url).pathname;
export const ELEMENTS = ['news-card', 'news-feed', 'tv-schedule', 'country-tag-cloud', 'subscribe-form'];

/**
 * Budgets in gzip bytes, the sizes measured after issue #16 (zod/mini back as the validator) plus
 * about 1 %: nothing grows unnoticed. The product targets are lower (TARGETS, and the README): the
 * IIFE with zod at most 28 KB, each element's own code at most 3 KB; the cuts to get there are
 * measured one by one as they land, and each lowers its budgets here. `heading-level` (issue #15)
 * added 0.33 KB to the elements with headings (lit/static-html.js, in a chunk of its own); the
 * fixed boxes of #15 (clamped lines, strip rows, scroll boxes) 0.7 KB to the IIFE; content hashes
 * in chunk names (long-lived caching) about 0.1–0.3 KB to each ES entry. The CDN's single-file
 * modules (news-widgets.js and the loader's standalone files) were measured when they came in:
 * each compresses 5–10 % smaller than the same code in chunks; the loader's feed requests ahead
 * cost it 0.3 KB. The narrow upcoming strip (one-line day and on-air lines) 0.1 KB. npm's entries
 * (index.js, news-card.js …) import Lit from the app's own copy since issue #17: their budgets
 * count our code and zod only (Lit 3 is about 6.3 KB gzip, paid once per app). What frameworks set
 * before definition (a `data` attribute as JSON or an error, `base`, a `now` attribute, the
 * country link's `path`) cost the IIFE 0.2 KB; the schedule's window as a controller of its own
 * (RowWindow: one observer per scroller, growth capped at the list's ends) 0.2 KB; keyed day
 * groups and rows 0.1 KB to the IIFE, which had Lit's repeat already, and 0.9 KB to the
 * schedule's standalone file, which had not. Schemas built on first use instead of at load
 * (evaluating the IIFE 30 → 23 ms, medians of 21 in turns) 0.1 KB to each bundle; the tab stop
 * of the cloud and the schedule decided in the next frame (no forced layout in the update) 0.05 KB;
 * a huge schedule read in slices, the page running between them (its longest task 150-283 ms →
 * 51-113 ms with 20 000 programmes), 0.24 KB to the IIFE, 0.1-0.2 KB to the others; its slices
 * handed on by a message, not a timer (no 4 ms waits, no 1 s waits in a hidden tab), 0.05 KB;
 * the reading kept when a framework moves the element mid-reading (read once, not twice), 0.03 KB.
 */
export const BUDGETS = {
  'news-widgets.iife.js': 34_450,
  'news-widgets.js': 34_800,
  'index.js': 30_700,
  'loader.js': 1_536,
  'news-widgets.css': 1_024,
  'chunks/sanitize-html.js': 2_750,
  'news-card.js': 18_800,
  'news-feed.js': 19_000,
  'tv-schedule.js': 19_450,
  'country-tag-cloud.js': 17_450,
  'subscribe-form.js': 7_550,
  // What the loader loads: one element's class, or all of them (names carry a content hash).
  'standalone/news-card-*.js': 22_800,
  'standalone/news-feed-*.js': 23_850,
  'standalone/tv-schedule-*.js': 23_550,
  'standalone/country-tag-cloud-*.js': 20_600,
  'standalone/subscribe-form-*.js': 12_350,
  'standalone/elements-*.js': 34_650,
};
export const TARGETS = { 'news-widgets.iife.js': 28_672, 'loader.js': 1_536, own: 3_072 };

export const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const read = (file) => readFileSync(join(dist, file));

/** The one dist file a budget's name stands for: `*` for a content hash. */
function resolve(name) {
  if (!name.includes('*')) return name;
  const [folder, pattern] = [dirname(name), new RegExp(`^${basename(name).replace('*', '[\\w-]+')}$`)];
  const found = readdirSync(join(dist, folder)).filter((file) => pattern.test(file));
  if (found.length !== 1) throw new Error(`sizes: ${found.length} files match ${name}`);
  return join(folder, found[0]);
}

/** An entry and every chunk it imports statically (what a page loads before the element runs). */
export function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = read(file).toString('utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`()]*?from\s*)?["']([^"']+)["']/g)) {
    // Bare imports are the app's own dependencies (Lit, in npm's build), not ours to count.
    if (spec.startsWith('.')) closure(relative(dist, join(dirname(join(dist, file)), spec)), seen);
  }
  return seen;
}

/** Every budgeted file, measured as a page loads it. */
export function fileSizes() {
  return Object.keys(BUDGETS).map((file) => {
    const files = /\.(iife\.js|css)$/.test(file) || file.startsWith('chunks/') ? [file] : [...closure(resolve(file))];
    return {
      file,
      files: files.length,
      ...measure(Buffer.concat(files.map(read))),
      budget: BUDGETS[file],
      target: TARGETS[file],
    };
  });
}

/** The source folder of each element: <news-card> and <news-feed> share one. */
const FOLDER = { 'news-card': 'news', 'news-feed': 'news' };
const folderOf = (tag) => FOLDER[tag] ?? tag;

/** Each element's own code: the files its entry loads that no element of another folder loads. */
export function ownShares() {
  const closures = Object.fromEntries(ELEMENTS.map((tag) => [tag, closure(`${tag}.js`)]));
  return ELEMENTS.map((tag) => {
    const others = ELEMENTS.filter((other) => folderOf(other) !== folderOf(tag));
    const own = [...closures[tag]].filter((file) => others.every((other) => !closures[other].has(file)));
    return { element: tag, files: own, ...measure(Buffer.concat(own.map(read))), target: TARGETS.own };
  });
}

/** All dist JavaScript files, one by one. */
export const allFiles = () =>
  readdirSync(dist, { recursive: true })
    .filter((file) => String(file).endsWith('.js'))
    .map((file) => ({ file: String(file), ...measure(read(String(file))) }));
