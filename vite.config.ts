import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';
import { minifyHtmlTemplates } from './scripts/minify-html-templates.mjs';
import { withoutLibraryGlobals } from './scripts/without-library-globals.mjs';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Entry points of the ES build (npm): file name in dist/ → source. Their names are public API. */
const entries = {
  index: src('index.ts'),
  elements: src('elements.ts'),
  'news-card': src('news-card.ts'),
  'news-feed': src('news-feed.ts'),
  'tv-schedule': src('tv-schedule.ts'),
  'country-tag-cloud': src('country-tag-cloud.ts'),
  'subscribe-form': src('subscribe-form.ts'),
  react: src('react.ts'),
  'react/news-card': src('react/news-card.ts'),
  'react/news-feed': src('react/news-feed.ts'),
  'react/tv-schedule': src('react/tv-schedule.ts'),
  'react/country-tag-cloud': src('react/country-tag-cloud.ts'),
  'react/subscribe-form': src('react/subscribe-form.ts'),
  schemas: src('schemas.ts'),
};

/**
 * The self-contained files partners load from a CDN, one build each (scripts/build-standalone.mjs):
 * a module needs no second round of imports. `news-widgets.js` defines all elements; the loader
 * loads an element's own class (`standalone/news-card-….js`) or all classes (`standalone/elements-….js`).
 */
export const STANDALONE: Record<string, string> = {
  'news-card': src('news/news-card.ts'),
  'news-feed': src('news/news-feed.ts'),
  'tv-schedule': src('tv-schedule/tv-schedule.ts'),
  'country-tag-cloud': src('country-tag-cloud/country-tag-cloud.ts'),
  'subscribe-form': src('subscribe-form/subscribe-form.ts'),
  elements: src('elements.ts'),
  'news-widgets': src('index.ts'),
  loader: src('loader.ts'),
};
/** Lit's packages, as bare imports. */
const LIT = /^(lit|lit-html|lit-element|@lit\/[\w-]+|@lit-labs\/[\w-]+)(\/|$)/;

/** The standalone files with public names; the others carry a content hash. */
const PUBLIC = new Set(['news-widgets', 'loader']);

/**
 * Builds without chunks of their own import the ES build's sanitizer chunk on demand: the classic
 * script from beside itself (load-sanitizer.iife.ts), a standalone module from the dist folder
 * (load-sanitizer.standalone.ts).
 */
const sanitizerChunk = (variant: 'iife' | 'standalone'): Plugin => ({
  name: 'sanitizer-chunk',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.endsWith('/load-sanitizer.js') || !importer) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved ? resolved.id.replace(/load-sanitizer\.ts$/, `load-sanitizer.${variant}.ts`) : null;
  },
});

/** Where a standalone build writes its file. */
const standaloneFile = (name: string) => (PUBLIC.has(name) ? `${name}.js` : `standalone/${name}-[hash].js`);

function libraryOf(mode: string, standalone: string | undefined) {
  if (mode === 'iife')
    return {
      entry: src('index.ts'),
      name: 'NewsWidgets',
      formats: ['iife' as const],
      fileName: () => 'news-widgets.iife.js',
    };
  if (standalone === undefined)
    return { entry: entries, formats: ['es' as const], fileName: (_format: string, name: string) => `${name}.js` };
  if (!STANDALONE[standalone]) throw new Error(`No standalone file named ${standalone}`);
  return {
    entry: { [standalone]: STANDALONE[standalone] },
    formats: ['es' as const],
    fileName: () => standaloneFile(standalone),
  };
}

// `vite build`: ES modules for npm, split so each entry carries only what it uses (the sanitizer is
// a chunk loaded by full articles only). `vite build --mode iife`: one classic script, defining all.
// `--mode standalone:NAME`: one self-contained module for CDNs, its sanitizer the one chunk beside it.
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  const split = mode === 'production';
  const standalone = mode.startsWith('standalone:') ? mode.slice('standalone:'.length) : undefined;
  return {
    publicDir: false,
    plugins: [
      minifyCssTemplates(),
      minifyHtmlTemplates(),
      withoutLibraryGlobals(),
      ...(iife ? [sanitizerChunk('iife')] : standalone !== undefined ? [sanitizerChunk('standalone')] : []),
    ],
    // Where a standalone module finds the dist folder: its hashed files live one folder down.
    define:
      standalone === undefined
        ? {}
        : { __NW_DIST__: JSON.stringify(standaloneFile(standalone).includes('/') ? '../' : './') },
    build: {
      target: 'es2022',
      // Terser after Rolldown's own minifier: 1 % fewer bytes gzipped than Rolldown's alone
      // (measured on the classic script: 34 393 → 34 065 B, as scripts/sizes.mjs counts).
      minify: 'terser',
      terserOptions: {
        ecma: 2020,
        module: !iife,
        compress: { passes: 3 },
      },
      sourcemap: true,
      emptyOutDir: split,
      lib: libraryOf(mode, standalone),
      rolldownOptions: {
        // The React wrappers use the app's own React and @lit/react (a dependency), never a copy;
        // npm's build imports Lit too (a dependency: one copy with the app's own, and its Node build
        // on servers), while the CDN files carry theirs.
        external: split ? (id) => id === 'react' || LIT.test(id) : ['react', '@lit/react'],
        output: {
          // Library mode keeps whitespace in ES output by default; these files go straight to pages.
          minify: true,
          ...(iife
            ? {}
            : !split
              ? {}
              : {
                  // Shared chunks carry a content hash, so a CDN caches them for good; the sanitizer
                  // keeps its name, since the classic script imports it from beside itself.
                  chunkFileNames: (chunk) =>
                    chunk.name === 'sanitize-html' ? 'chunks/[name].js' : 'chunks/[name]-[hash].js',
                  // Shared code in named chunks. safe-url stands alone so the sanitizer chunk, which
                  // the classic-script build also imports, pulls in nothing else.
                  codeSplitting: {
                    groups: [
                      { name: 'safe-url', test: /src[\\/]core[\\/]safe-url/ },
                      { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
                    ],
                  },
                }),
        },
      },
    },
  };
});
