// `npm run analyze`: custom-elements.json from the source, and from it the template types and
// editor data of each framework (dist/frameworks/), generated, never written by hand.
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementSolidJsPlugin } from 'custom-element-solidjs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const outdir = 'dist/frameworks';
// The element classes, as the package's types declare them (relative to outdir).
const globalTypePath = '../types/elements.js';
const quiet = { hideLogs: true };

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    customElementJsxPlugin({ ...quiet, outdir, fileName: 'jsx.d.ts', globalTypePath }),
    customElementVuejsPlugin({ ...quiet, outdir, fileName: 'vue.d.ts', globalTypePath }),
    customElementSveltePlugin({ ...quiet, outdir, fileName: 'svelte.d.ts', globalTypePath }),
    customElementSolidJsPlugin({ ...quiet, outdir, fileName: 'solid.d.ts', globalTypePath }),
    customElementVsCodePlugin({
      ...quiet,
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
    }),
    customElementJetBrainsPlugin({ ...quiet, outdir, fileName: 'web-types.json', packageJson: false }),
  ],
};
