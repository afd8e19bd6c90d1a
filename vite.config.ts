import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { loaderPreloads } from './scripts/loader-preloads.mjs';
import { minifyCssTemplates } from './scripts/minify-css-templates.mjs';
import { minifyHtmlTemplates } from './scripts/minify-html-templates.mjs';
import { withoutLibraryGlobals } from './scripts/without-library-globals.mjs';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Entry points of the ES build: file name in dist/ → source. Their names are public API. */
const entries = {
  'news-widgets': src('index.ts'),
  elements: src('elements.ts'),
  loader: src('loader.ts'),
  'news-card': src('news-card.ts'),
  'news-feed': src('news-feed.ts'),
  'tv-schedule': src('tv-schedule.ts'),
  'country-tag-cloud': src('country-tag-cloud.ts'),
  'subscribe-form': src('subscribe-form.ts'),
  react: src('react.ts'),
  schemas: src('schemas.ts'),
};

/** In the classic-script build, the sanitizer is imported from beside the script instead. */
const sanitizerBesideScript: Plugin = {
  name: 'sanitizer-beside-script',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.endsWith('/load-sanitizer.js') || !importer) return null;
    const resolved = await this.resolve(source, importer, { skipSelf: true });
    return resolved ? resolved.id.replace(/load-sanitizer\.ts$/, 'load-sanitizer.iife.ts') : null;
  },
};

// `vite build`: ES modules, split so each entry carries only what it uses (the sanitizer is a
// chunk loaded by full articles only). `vite build --mode iife`: one classic script, defining all.
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    publicDir: false,
    plugins: [
      minifyCssTemplates(),
      minifyHtmlTemplates(),
      withoutLibraryGlobals(),
      ...(iife ? [sanitizerBesideScript] : [loaderPreloads()]),
    ],
    build: {
      target: 'es2022',
      minify: true,
      sourcemap: true,
      emptyOutDir: !iife,
      lib: iife
        ? { entry: src('index.ts'), name: 'NewsWidgets', formats: ['iife'], fileName: () => 'news-widgets.iife.js' }
        : { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
      rolldownOptions: {
        // The React wrappers use the app's own React and @lit/react (a dependency), never a copy.
        external: ['react', '@lit/react'],
        output: {
          // Library mode keeps whitespace in ES output by default; these files go straight to pages.
          minify: true,
          ...(iife
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
                    // Lit, less its static-html module, which only elements with headings load.
                    {
                      name: 'lit',
                      test: /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/](?!static-html\.js|static\.js)/,
                    },
                    { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
                  ],
                },
              }),
        },
      },
    },
  };
});
