import { defineConfig } from 'vite';

// The library build: the script-tag bundles. `npm start` serves demo/ with its own config.
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2022',
    minify: true,
    // Library mode keeps whitespace in ES output by default; the script-tag bundles want it gone.
    rolldownOptions: { output: { minify: true } },
    sourcemap: true,
    emptyOutDir: true,
    lib: {
      entry: 'src/index.ts',
      name: 'NewsWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'news-widgets.js' : 'news-widgets.iife.js'),
    },
  },
});
