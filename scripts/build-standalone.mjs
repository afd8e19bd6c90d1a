// Builds the self-contained ES modules for CDNs (see STANDALONE in vite.config.ts), one Vite build
// each, then the loader with the name of each file written in: it loads one of them per batch.
import { build } from 'vite';

const CLASS_FILES = ['news-card', 'news-feed', 'tv-schedule', 'country-tag-cloud', 'subscribe-form'];
const MARKER = /(["'`])__NW_FILES__\1/;

/** Runs one standalone build; returns the file name of its entry. */
async function buildOne(name, plugins = []) {
  let entry;
  const record = {
    name: 'record-entry',
    generateBundle(_options, bundle) {
      entry = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.isEntry)?.fileName;
    },
  };
  await build({ mode: `standalone:${name}`, logLevel: 'warn', plugins: [record, ...plugins] });
  if (!entry) throw new Error(`build-standalone: ${name} wrote no entry`);
  return entry;
}

const files = {};
for (const tag of CLASS_FILES) files[tag] = `./${await buildOne(tag)}`;
files['*'] = `./${await buildOne('elements')}`;
await buildOne('news-widgets');
await buildOne('loader', [
  {
    name: 'loader-files',
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      if (!MARKER.test(code)) throw new Error('build-standalone: the marker is not in loader.js');
      return { code: code.replace(MARKER, JSON.stringify(JSON.stringify(files))), map: null };
    },
  },
]);
