// A small static file server for the demo and the benchmark: files under `root`, an optional
// handler per path prefix, extra headers per path, and a request count per path.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * @param {object} options
 * @param {string} options.root  Absolute folder to serve.
 * @param {Record<string, (req, res) => void>} [options.routes]  Handlers by path prefix.
 * @param {(path: string) => Record<string, string>} [options.headers]  Extra headers for a file.
 * @param {Record<string, string>} [options.redirects]  Exact path → location.
 * @param {boolean} [options.cors]  Let pages on any origin read the files (as a CDN does).
 * @param {boolean} [options.cdn]  Serve as a CDN would: brotli or gzip for text, hashed chunks
 *   cached for a year, everything else revalidated (ETag, 304). Otherwise nothing is cached.
 * @param {number} [options.port]  0 (default) for any free port.
 * @param {string} [options.host]
 */
export function serve({
  root,
  routes = {},
  headers = () => ({}),
  redirects = {},
  cors = false,
  cdn = false,
  port = 0,
  host = '127.0.0.1',
}) {
  const hits = new Map();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (redirects[path]) return res.writeHead(302, { Location: redirects[path] }).end();
    const prefix = Object.keys(routes).find((route) => path === route || path.startsWith(`${route}/`));
    if (prefix) return routes[prefix](req, res);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!statSync(file).isFile()) throw new Error('not a file');
    } catch {
      return res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const common = { 'Content-Type': type, ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}), ...headers(path) };
    if (cdn) return sendAsCdn(req, res, file, path, common);
    res.writeHead(200, { ...common, 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        origin: `http://${host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host}:${address.port}`,
        port: address.port,
        hits,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

/** A file name with a content hash (chunks/zod-Bx3f9a.js, standalone/…): its content never changes. */
const HASHED = /\/(chunks|standalone)\/[\w.-]+-[\w-]{8}\.js$/;
const TEXT = /^(text\/|application\/(json|javascript)|image\/svg)/;
const compressed = new Map();

function sendAsCdn(req, res, file, path, common) {
  const { size, mtimeMs } = statSync(file);
  const etag = `"${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`;
  const caching = HASHED.test(path)
    ? { 'Cache-Control': 'public, max-age=31536000, immutable' }
    : { 'Cache-Control': 'no-cache', ETag: etag };
  if (!HASHED.test(path) && req.headers['if-none-match'] === etag) return res.writeHead(304, caching).end();
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = !TEXT.test(common['Content-Type'])
    ? undefined
    : /\bbr\b/.test(accepts)
      ? 'br'
      : /\bgzip\b/.test(accepts)
        ? 'gzip'
        : undefined;
  if (!encoding) {
    res.writeHead(200, { ...common, ...caching });
    return createReadStream(file).pipe(res);
  }
  const key = `${file}|${mtimeMs}|${encoding}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body = encoding === 'br' ? brotliCompressSync(raw) : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  res.writeHead(200, { ...common, ...caching, 'Content-Encoding': encoding, Vary: 'Accept-Encoding' });
  res.end(body);
}
