// `npm start` (after `npm run build`): the demo partner site on the built dist/, with a real
// subscription endpoint. Pages: / (script tag), /demo/loader.html, /demo/hostile.html.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rssToJsonFeed } from '../bin/convert/rss.mjs';
import { xmltvToSchedule } from '../bin/convert/xmltv.mjs';
import { serve } from '../scripts/static-server.mjs';
import { pageRoutes } from './pages.mjs';
import { createSubscribeHandler } from './subscribe-api.mjs';

/**
 * The sample programme is from October 2023. The demo serves it moved to tonight, so that its
 * first programme began five minutes ago and "on air" shows, as the publisher's live feed would.
 */
export function tonight(sample, now = Date.now()) {
  const first = new Date(sample.programmes[0].start).getTime();
  const shift = Math.floor((now - 5 * 60_000 - first) / 60_000) * 60_000;
  const move = (iso) => (iso ? new Date(new Date(iso).getTime() + shift).toISOString() : undefined);
  return { ...sample, programmes: sample.programmes.map((p) => ({ ...p, start: move(p.start), end: move(p.end) })) };
}

const sendJson = (res, value) =>
  res
    .writeHead(200, {
      'Content-Type': 'application/json',
      'Cache-Control': 'no-store',
      'Access-Control-Allow-Origin': '*',
    })
    .end(JSON.stringify(value));

export async function startDemo({ port = 0, host = '127.0.0.1', dataFile } = {}) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  /**
   * The publisher's own formats, converted as `npx news-widgets rss` and `xmltv` do (the sources
   * are in demo/feeds/source/): the path from a partner's data to a widget.
   */
  const converted = {
    'news.json': (req) => rssToJsonFeed(`http://${req.headers.host}/demo/feeds/source/news.rss`),
    'tv.json': async () =>
      tonight(
        await xmltvToSchedule(`${root}demo/feeds/source/guide.xml`, {
          channel: 'big-asia-tv',
          timezone: 'Europe/Moscow',
        }),
      ),
  };
  return serve({
    root,
    port,
    host,
    redirects: { '/': '/demo/' },
    // Partner pages live on other origins: scripts, chunks and feeds are served as a CDN would,
    // compressed, hashed chunks cached for good and the rest revalidated.
    cors: true,
    cdn: true,
    routes: {
      ...pageRoutes,
      '/demo/feeds/tv-tonight.json': (_req, res) => {
        const sample = JSON.parse(readFileSync(`${root}demo/feeds/tv-schedule.json`, 'utf8'));
        res.writeHead(200, {
          'Content-Type': 'application/json',
          'Cache-Control': 'no-store',
          'Access-Control-Allow-Origin': '*',
        });
        res.end(JSON.stringify(tonight(sample)));
      },
      '/demo/feeds/converted': async (req, res) => {
        const convert = converted[new URL(req.url, 'http://x').pathname.split('/').pop()];
        if (!convert) return res.writeHead(404).end();
        try {
          sendJson(res, await convert(req));
        } catch (error) {
          res.writeHead(500, { 'Content-Type': 'text/plain' }).end(error.message);
        }
      },
      '/api/subscribe': createSubscribeHandler({ file: dataFile ?? `${root}demo/.data/subscribers.jsonl` }),
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const demo = await startDemo({ port: Number(process.env.PORT ?? 8080), host: process.env.HOST ?? '127.0.0.1' });
  console.log(`news-widgets demo: ${demo.origin}/`);
  console.log(`  script tag:   ${demo.origin}/demo/`);
  console.log(`  loader.js:    ${demo.origin}/demo/loader.html`);
  console.log(`  hostile page: ${demo.origin}/demo/hostile.html (strict CSP, CSS reset, script twice)`);
}
