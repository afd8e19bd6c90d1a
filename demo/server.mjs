// `npm start` (after `npm run build`): the demo partner site on the built dist/, with a real
// subscription endpoint. Pages: / (script tag), /demo/loader.html, /demo/hostile.html.
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/static-server.mjs';
import { createSubscribeHandler } from './subscribe-api.mjs';

/** The strict policy of the hostile page: no inline script or style, no eval, nothing foreign. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

export async function startDemo({ port = 0, host = '127.0.0.1', dataFile } = {}) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  return serve({
    root,
    port,
    host,
    redirects: { '/': '/demo/' },
    routes: {
      '/api/subscribe': createSubscribeHandler({ file: dataFile ?? `${root}demo/.data/subscribers.jsonl` }),
    },
    headers: (path) => (path === '/demo/hostile.html' ? { 'Content-Security-Policy': STRICT_CSP } : {}),
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startDemo({ port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`news-widgets demo: ${demo.origin}/`);
  console.log(`  script tag:   ${demo.origin}/demo/`);
  console.log(`  loader.js:    ${demo.origin}/demo/loader.html`);
  console.log(`  hostile page: ${demo.origin}/demo/hostile.html (strict CSP, CSS reset, script twice)`);
}
