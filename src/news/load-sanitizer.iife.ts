// The script-tag build's stand-in for load-sanitizer.ts: a classic script cannot hold chunks, so
// the sanitizer is imported as an ES module from beside the script, on demand.
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

export const loadSanitizer = (): Promise<typeof import('../core/sanitize-html.js')> =>
  import(/* @vite-ignore */ new URL('chunks/sanitize-html.js', base).href);
