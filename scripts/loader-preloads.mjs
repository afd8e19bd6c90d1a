// A Vite plugin for the ES build: writes into loader.js, for each element, every file its entry
// imports statically, directly or not, so the loader requests them all at once (modulepreload)
// instead of discovering them one level of imports after another.
import { ELEMENTS } from './sizes.mjs';

const MARKER = /(["'`])__NW_PRELOADS__\1/;

export function loaderPreloads() {
  return {
    name: 'loader-preloads',
    generateBundle(_options, bundle) {
      const loader = Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.name === 'loader');
      if (!loader) return;
      const closure = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of bundle[fileName]?.imports ?? []) closure(imported, seen);
        return seen;
      };
      const preloads = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.isEntry || !ELEMENTS.includes(chunk.name)) continue;
        preloads[chunk.name] = [...closure(chunk.fileName)].map((file) => `./${file}`);
      }
      if (!MARKER.test(loader.code)) throw new Error('loader-preloads: the marker is not in loader.js');
      loader.code = loader.code.replace(MARKER, JSON.stringify(JSON.stringify(preloads)));
    },
  };
}
