// The demo serves dist/ as a CDN would: compressed text, hashed chunks cached for good, entry files
// revalidated. (Partners copy the demo; so does its server's behaviour.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startDemo } from '../../demo/server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const chunk = readdirSync(`${root}dist/chunks`).find((file) => /^zod-[\w-]{8}\.js$/.test(file));
const standalone = readdirSync(`${root}dist/standalone`).find((file) => /^elements-[\w-]{8}\.js$/.test(file));

describe('demo server as a CDN', () => {
  let demo;
  before(async () => {
    demo = await startDemo({ dataFile: `${root}demo/.data/test-static-server.jsonl` });
  });
  after(() => demo.close());

  it('compresses text with brotli or gzip, as the browser accepts', async () => {
    const raw = readFileSync(`${root}dist/news-widgets.iife.js`);
    const get = (encoding) =>
      new Promise((resolve, reject) => {
        // node's fetch decompresses by itself: read the bytes as they come.
        import('node:http').then(({ get: request }) =>
          request(`${demo.origin}/dist/news-widgets.iife.js`, { headers: { 'Accept-Encoding': encoding } }, (res) => {
            const parts = [];
            res.on('data', (part) => parts.push(part));
            res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
          }).on('error', reject),
        );
      });
    const br = await get('gzip, deflate, br');
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers.vary, 'Accept-Encoding');
    assert.deepEqual(brotliDecompressSync(br.body), raw);
    assert.ok(br.body.length < raw.length / 3);
    const gzip = await get('gzip');
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.deepEqual(gunzipSync(gzip.body), raw);
    const plain = await get('identity');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, raw);
  });

  it('caches hashed chunks for a year, and revalidates entry files', async () => {
    assert.ok(chunk, 'a hashed zod chunk in dist/chunks');
    assert.ok(standalone, 'the loader’s hashed file of all classes in dist/standalone');
    for (const path of [`chunks/${chunk}`, `standalone/${standalone}`]) {
      const hashed = await fetch(`${demo.origin}/dist/${path}`);
      assert.equal(hashed.headers.get('cache-control'), 'public, max-age=31536000, immutable', path);
    }
    const entry = await fetch(`${demo.origin}/dist/news-widgets.iife.js`);
    assert.equal(entry.headers.get('cache-control'), 'no-cache');
    const etag = entry.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(`${demo.origin}/dist/news-widgets.iife.js`, { headers: { 'If-None-Match': etag } });
    assert.equal(again.status, 304);
    // The sanitizer keeps its name (the classic script imports it from beside itself): revalidated.
    const sanitizer = await fetch(`${demo.origin}/dist/chunks/sanitize-html.js`);
    assert.equal(sanitizer.headers.get('cache-control'), 'no-cache');
  });
});
