// The standalone modules' stand-in for load-sanitizer.ts: they carry no chunks of their own, so
// the sanitizer is the ES build's chunk, found from the dist folder (see vite.config.ts).
declare const __NW_DIST__: string;

export const loadSanitizer = (): Promise<typeof import('../core/sanitize-html.js')> =>
  import(/* @vite-ignore */ new URL(`${__NW_DIST__}chunks/sanitize-html.js`, import.meta.url).href);
